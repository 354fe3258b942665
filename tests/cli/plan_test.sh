#!/usr/bin/env bash
# `tend plan` as a user runs it: the text plan against the expected pages, the
# options and their errors, -o writing a private file, and an edited plan
# file (with its errors naming file, line and key).
set -u
TEND=${1:?usage: plan_test.sh TEND EXPECTED_DIR}
EXPECTED=${2:?usage: plan_test.sh TEND EXPECTED_DIR}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 TZ=Europe/Berlin HOME="$T/home" XDG_CONFIG_HOME="$T/xdg-config" XDG_DATA_HOME="$T/xdg-data"
mkdir -p "$HOME"
umask 022
fails=0
C="$T/tend.conf"
D="$T/tend.db"

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
run() {
	local want=$1; shift
	"$TEND" "$@" >"$T/out" 2>"$T/err"
	local got=$?
	out=$(cat "$T/out"); err=$(cat "$T/err")
	[ "$got" = "$want" ] || fail "tend $* exited $got, wanted $want; stderr: $err"
}
has() { grep -qF -- "$2" <<<"$1" || fail "expected \"$2\" in: $1"; }

cat >"$C" <<'CONF'
partner "Zoë" { color = "cyan" }
partner "Đức" { color = "magenta" }
start-date = "2026-11-23"
CONF

# The default start is the config's; the text matches the expected pages.
run 0 --config "$C" --db "$D" plan
diff -u "$EXPECTED/plan_2026-11-23.expected" "$T/out" || fail "tend plan differs from the expected text"
run 0 --config "$C" --db "$D" plan --start 2026-11-23 --format text
cmp -s "$EXPECTED/plan_2026-11-23.expected" "$T/out" || fail "tend plan --start differs"
has "$out" "From Mon 23 Nov 2026 to Thu 21 Jan 2027"
has "$out" "Week 9: Mon 18 Jan to Thu 21 Jan 2027"
[ "$(tr -cd '\f' <"$T/out" | wc -c)" -ge 1 ] || fail "no form feed between pages"

# Another start moves every date.
run 0 --config "$C" --db "$D" plan --start 2027-03-01
has "$out" "From Mon 1 Mar 2027 to Thu 29 Apr 2027"

# -o writes a private file and nothing on stdout.
run 0 --config "$C" --db "$D" plan -o "$T/plan.txt"
[ -z "$out" ] || fail "plan -o printed: $out"
[ "$(stat -c %a "$T/plan.txt")" = 600 ] || fail "plan.txt is not 0600"
cmp -s "$EXPECTED/plan_2026-11-23.expected" "$T/plan.txt" || fail "plan -o differs"

# Usage errors.
run 2 --config "$C" --db "$D" plan --start 2026-02-30
has "$err" "--start"
run 2 --config "$C" --db "$D" plan --format html
has "$err" "text or pdf"
run 2 --config "$C" --db "$D" plan --paper a5
has "$err" "a4 or letter"
run 2 --config "$C" --db "$D" plan extra
has "$err" "extra"

# stabilization-days stretches the first phase and the whole plan.
cp "$C" "$T/long.conf"
echo 'stabilization-days = 21' >>"$T/long.conf"
run 0 --config "$T/long.conf" --db "$D" plan
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
run 2 --config "$T/mine.conf" --db "$D" plan
has "$err" "mine.plan:3: one: no such option 'lst'"
cat >"$T/mine.plan" <<'PLAN'
phase "one" {
	first = 1
	last = 14
	title = "Just us"
	task "walk" { text = "A walk after dinner" cadence = "3 per week" }
}
PLAN
run 0 --config "$T/mine.conf" --db "$D" plan
has "$out" "PHASE 1: Just us"
has "$out" "  [ ] [ ] [ ]  A walk after dinner"
has "$out" "Our 14 days"

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "all plan text tests passed"
