#!/usr/bin/env bash
# Partners' names: one rule for tend init and the config (40 display
# columns, at least one letter, nothing that reorders text; two names that
# read the same without case or accents are refused), and a partner found
# by name without its accents, in every locale.
TEND=${1:?usage: names_test.sh TEND}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
# No command here reads a text from standard input: should one start to,
# it meets an empty input at once instead of waiting on the runner's.
exec </dev/null
times() { local s=""; for ((i = 0; i < $2; i++)); do s+=$1; done; printf '%s' "$s"; }

# --- tend init: 40 columns, not bytes or characters
run_args 2 --config "$T/a.conf" init --partner "$(times a 41)" --partner Sam
has "$err" "is wider than 40 columns"
run_args 2 --config "$T/a.conf" init --partner Alex --partner "$(times 美 21)"
has "$err" "is wider than 40 columns"
run_args 2 --config "$T/a.conf" init --partner "$(times x 10000)" --partner Sam
has "$err" "is wider than 40 columns"
one_line
[ "$(wc -c <"$T/err")" -lt 300 ] || fail "the refused name was printed whole"
[ ! -e "$T/a.conf" ] || fail "a refused name wrote the config"
run_args 0 --config "$T/b.conf" init --partner "$(times a 40)" --partner "$(times 美 20)"
run_args 0 --config "$T/c.conf" init --partner "$(times ë 40)" --partner 美咲

# --- a letter, and nothing that turns the text around
run_args 2 --config "$T/a.conf" init --partner $'\u202e' --partner Sam
has "$err" "has no letter in it"
run_args 2 --config "$T/a.conf" init --partner Alex --partner "<3"
has "$err" "has no letter in it"
run_args 2 --config "$T/a.conf" init --partner $'Sam\u202eevil' --partner Alex
has "$err" "reorders text"

# --- the same name without case or accents is one name
for pair in "Zoe Zoë" "zoë ZOE" "Đức duc" "Élise elise"; do
	set -- $pair
	run_args 2 --config "$T/a.conf" init --partner "$1" --partner "$2"
	has "$err" "the two names must differ"
done
[ ! -e "$T/a.conf" ] || fail "a refused pair wrote the config"

# --- the config loader holds to the same rule, with the line
printf 'partner "Zoe" {}\npartner "Zoë" {}\nstart-date = "2026-11-23"\n' >"$T/pair.conf"
run_args 2 --config "$T/pair.conf" today
has "$err" "pair.conf:2: partner: \"Zoë\" is the same name as \"Zoe\""
printf 'partner "%s" {}\npartner "Sam" {}\nstart-date = "2026-11-23"\n' "$(times W 41)" >"$T/wide.conf"
run_args 2 --config "$T/wide.conf" today
has "$err" "wide.conf:1: partner: the name"
has "$err" "is wider than 40 columns"
printf 'partner "\u202e" {}\npartner "Sam" {}\nstart-date = "2026-11-23"\n' >"$T/rlo.conf"
run_args 2 --config "$T/rlo.conf" today
has "$err" "has no letter in it"

# --- a partner is found without accents, in any locale
C="$T/us.conf"
run_args 0 --config "$C" init --partner Zoë --partner Đức --start 2026-11-23
for loc in C.UTF-8 C; do
	LC_ALL=$loc run_args 0 --config "$C" --db "$T/us.db" --date 2026-11-24 gesture zoe "hi"
	has "$out" "Saved a gesture from Zo"
	LC_ALL=$loc run_args 0 --config "$C" --db "$T/us.db" --date 2026-11-24 checkin DUC --mood 3 --stress 2
	has "$out" "check-in for Tue 24 Nov"
done
[ "$(sqlite3 "$T/us.db" "SELECT group_concat(partner) FROM gesture")" = "1,1" ] ||
	fail "zoe did not find Zoë"
[ "$(sqlite3 "$T/us.db" "SELECT partner FROM checkin")" = 2 ] || fail "DUC did not find Đức"
run_args 2 --config "$C" --db "$T/us.db" gesture zo "hi"
has "$err" "is neither partner"

finish "all name tests"
