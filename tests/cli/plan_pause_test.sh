#!/usr/bin/env bash
# The printed plan after a program pause: the days lived before the pause
# keep the dates they were lived on, the days after it move on by the
# paused days; a start given by hand counts every day from it.
TEND=${1:?usage: plan_pause_test.sh TEND}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
tend() { "$TEND" --config "$C" --db "$D" "$@"; }
# has/hasnt as in lib.sh, but a failure shows at most 40 lines of the
# plan (its whole text is some 600 lines).
has() { grep -qF -- "$2" <<<"$1" || fail "expected \"$2\" in: $(head -40 <<<"$1")"; }
hasnt() { if grep -qF -- "$2" <<<"$1"; then fail "did not expect \"$2\""; fi; }
# The dates under the weekdays of a plan week's grid, blanks squeezed.
dates_of() { grep -A2 -F "$2" <<<"$1" | sed -n 3p | sed 's/^ *//; s/  */ /g'; }

"$TEND" --config "$C" init --partner Alex --partner Sam --start 2026-11-02 >/dev/null ||
	fail "init"
before=$(tend --date 2026-11-20 plan)
# Paused from Tue 10 Nov to Thu 12 Nov, going on on Fri 13 Nov: three days.
tend pause --date 2026-11-10 --reason "a fever" >/dev/null || fail "pause"
tend resume --date 2026-11-13 >/dev/null || fail "resume"
plan=$(tend --date 2026-11-20 plan)

has "$plan" "The program was paused from Tue 10 Nov to Thu 12 Nov (3 days)."
has "$plan" "From Mon 2 Nov 2026 to Sun 3 Jan 2027"
# Week 1 was lived before the pause: its dates are the ones it had.
has "$plan" "Week 1: Mon 2 Nov to Sun 8 Nov 2026"
[ "$(dates_of "$plan" "Week 1:")" = "2 3 4 5 6 7 8" ] ||
	fail "week 1's dates: $(dates_of "$plan" "Week 1:")"
[ "$(dates_of "$before" "Week 1:")" = "2 3 4 5 6 7 8" ] || fail "week 1 without a pause"
# Week 2 holds the pause: day 8 on Mon 9 Nov, day 9 on Fri 13 Nov.
has "$plan" "Week 2: Mon 9 Nov to Wed 18 Nov 2026"
[ "$(dates_of "$plan" "Week 2:")" = "9 13 14 15 16 17 18" ] ||
	fail "week 2's dates: $(dates_of "$plan" "Week 2:")"
# After it the weeks move on by three days.
has "$plan" "Week 3: Thu 19 Nov to Wed 25 Nov 2026"
has "$before" "Week 3: Mon 16 Nov to Sun 22 Nov 2026"
hasnt "$plan" "Week 1: Thu 5 Nov"

# A start given by hand: every day from it, no pause taken out.
plan=$(tend --date 2026-11-20 plan --start 2026-11-02)
has "$plan" "Week 2: Mon 9 Nov to Sun 15 Nov 2026"
hasnt "$plan" "paused"

finish "plan after a pause tests"
