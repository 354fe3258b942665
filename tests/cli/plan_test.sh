#!/usr/bin/env bash
# `tend plan` as a user runs it: the text plan against the expected pages, the
# options and their errors, -o writing a private file, and an edited plan
# file (with its errors naming file, line and key).
TEND=${1:?usage: plan_test.sh TEND EXPECTED_DIR}
EXPECTED=${2:?usage: plan_test.sh TEND EXPECTED_DIR}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin

cat >"$C" <<'CONF'
partner "Zoë" { color = "cyan" }
partner "Đức" { color = "magenta" }
start-date = "2026-11-23"
CONF

# The default start is the config's; the text matches the expected pages.
run 0 plan
diff -u "$EXPECTED/plan_2026-11-23.expected" "$T/out" || fail "tend plan differs from the expected text"
run 0 plan --start 2026-11-23 --format text
cmp -s "$EXPECTED/plan_2026-11-23.expected" "$T/out" || fail "tend plan --start differs"
has "$out" "From Mon 23 Nov 2026 to Thu 21 Jan 2027"
has "$out" "Week 9: Mon 18 Jan to Thu 21 Jan 2027"
[ "$(tr -cd '\f' <"$T/out" | wc -c)" -ge 1 ] || fail "no form feed between pages"

# Another start moves every date.
run 0 plan --start 2027-03-01
has "$out" "From Mon 1 Mar 2027 to Thu 29 Apr 2027"

# -o writes a private file and nothing on stdout.
run 0 plan -o "$T/plan.txt"
[ -z "$out" ] || fail "plan -o printed: $out"
[ "$(stat -c %a "$T/plan.txt")" = 600 ] || fail "plan.txt is not 0600"
cmp -s "$EXPECTED/plan_2026-11-23.expected" "$T/plan.txt" || fail "plan -o differs"

# Usage errors.
run 2 plan --start 2026-02-30
has "$err" "--start"
run 2 plan --format html
has "$err" "text or pdf"
run 2 plan --paper a5
has "$err" "a4 or letter"
run 2 plan extra
has "$err" "extra"

# stabilization-days stretches the first phase and the whole plan.
cp "$C" "$T/long.conf"
echo 'stabilization-days = 21' >>"$T/long.conf"
run_args 0 --config "$T/long.conf" --db "$D" plan
has "$out" "Our 67 days"
has "$out" "PHASE 1: Ground rules                                               days 1 to 21"
has "$out" "From Mon 23 Nov 2026 to Thu 28 Jan 2027"

# The couple's own plan file, with an error on line 3, then fixed.
cat >"$T/mine.plan" <<'PLAN'
phase "one" {
	first = 1
	lst = 14
}
PLAN
cp "$C" "$T/mine.conf"
echo "plan-file = \"$T/mine.plan\"" >>"$T/mine.conf"
run_args 2 --config "$T/mine.conf" --db "$D" plan
has "$err" "mine.plan:3: one: no such option 'lst'"
cat >"$T/mine.plan" <<'PLAN'
phase "one" {
	first = 1
	last = 14
	title = "Just us"
	task "walk" { text = "A walk after dinner" cadence = "3 per week" }
}
PLAN
run_args 0 --config "$T/mine.conf" --db "$D" plan
has "$out" "PHASE 1: Just us"
has "$out" "  [ ] [ ] [ ]  A walk after dinner"
has "$out" "Our 14 days"
# The plan's own length stands unless the couple set stabilization-days.
sed -i 's/last = 14/last = 30/' "$T/mine.plan"
run_args 0 --config "$T/mine.conf" --db "$D" plan
has "$out" "Our 30 days"
cp "$T/mine.conf" "$T/mine-stab.conf"
echo 'stabilization-days = 14' >>"$T/mine-stab.conf"
run_args 0 --config "$T/mine-stab.conf" --db "$D" plan
has "$out" "Our 14 days"
sed -i 's/last = 30/last = 14/' "$T/mine.plan"

# A control character written as an escape is refused (exit 2), naming the
# key's line, and nothing of it reaches the terminal.
cat >"$T/mine.plan" <<'PLAN'
phase "one" {
	first = 1
	last = 14
	title = "Just us"
	why = "a\033[31mRED"
}
PLAN
run_args 2 --config "$T/mine.conf" --db "$D" plan
has "$err" "mine.plan:5: why: "
has "$err" "contains a control character"
[ -z "$out" ] || fail "a refused plan printed: $out"
grep -q $'\033' "$T/err" && fail "an escape character reached stderr"
sed -i 's/a\\033\[31mRED/tab\\there/' "$T/mine.plan"
run_args 2 --config "$T/mine.conf" --db "$D" plan
has "$err" "mine.plan:5: why: "

# An error inside a section names the line the section starts on.
cat >"$T/mine.plan" <<'PLAN'
# my plan

phase "Just_Us" {
	first = 1
	last = 14
	title = "Just us"
}
PLAN
run_args 2 --config "$T/mine.conf" --db "$D" plan
has "$err" "mine.plan:3: phase: \"Just_Us\" is not a valid name"

# A week too long for a page: pages of at most 60 lines, the first one
# full, and the week going on under its heading marked "(continued)".
words="walk together after dinner and talk about the day you had and what you hope for tomorrow"
{
	printf 'phase "long" {\n\tfirst = 1\n\tlast = 14\n\ttitle = "Long"\n'
	for i in 1 2 3 4 5 6 7 8 9 10 11 12; do
		printf '\ttask "t%d" { text = "%s, %s, %s %d" cadence = "daily" }\n' \
			"$i" "$words" "$words" "$words" "$i"
	done
	printf '}\n'
} >"$T/mine.plan"
run_args 0 --config "$T/mine.conf" --db "$D" plan
has "$out" "Week 1: Mon 23 Nov to Sun 29 Nov 2026 (continued)"
awk -v RS='\f' '{ n = split($0, l, "\n"); if (n - 1 > 60) bad = 1;
	if (NR == 1 && (n < 50 || $0 !~ /PHASE 1: Long/)) bad = 1 } END { exit bad }' "$T/out" ||
	fail "tend plan pages: a page over 60 lines, or a first page that is not full"

finish "all plan text tests"
