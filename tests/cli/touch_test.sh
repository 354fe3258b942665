#!/usr/bin/env bash
# The touch rules from the command line: `tend week` counts plan weeks and
# takes its touch aim from the plan; `tend stage` answers the next-stage
# question (only once the plan opens it, never naming who is ready) and
# steps back; `tend touch` refuses a session before its stage began; a
# config key that no longer matters loads with a note.
TEND=${1:?usage: touch_test.sh TEND}
. "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
line() { grep -E "^$2 +[0-9]" <<<"$1" | sed 's/  */ /g'; }
# The first line, spaces squeezed (a date may be padded: "Tue  1 Dec").

# Day 1 is a Wednesday: a week is a week of the plan, Wednesday to Tuesday.
cat >"$C" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-11-11"
CONF

# --- week 1: the plan has no touch yet; two sessions, no target
run 0 --date 2026-11-12 touch --stage 1 --giver 1 --light green
run 0 --date 2026-11-13 touch --stage 1 --giver sam
run 0 --date 2026-11-16 week
has "$(title "$out")" "Week of Wed 11 Nov - Tue 17 Nov 2026"
[ "$(line "$out" Week)" = "Week 0 of 7 0 of 7 0 0 0 0 2 0" ] || fail "week 1 totals: $(line "$out" Week)"
[ "$(line "$out" Aim)" = "Aim 7 7 14-35 14-35 7 7 -" ] || fail "week 1 aim: $(line "$out" Aim)"
run 0 --date 2026-11-16 stage
has "$out" "You are at stage 1."
has "$out" "Stage 2 comes in week 5 of the plan. No hurry."
has "$out" "This week: 2."
run 2 --date 2026-11-16 stage alex --ready
has "$err" "stage 2 is not in your plan yet: it opens in week 5 (day 29)"
[ "$(db "SELECT stage, ready1, ready2 FROM touch_stage")" = "1|0|0" ] || fail "a refused answer was saved"

# --- week 3: stage 1, three a week; a red light counts like any other
run 0 --date 2026-11-25 touch --stage 1 --giver 2 --light red
run 0 --date 2026-11-27 week
has "$(title "$out")" "Week of Wed 25 Nov - Tue 1 Dec 2026"
[ "$(line "$out" Week | awk '{print $(NF-3), $(NF-2), $(NF-1)}')" = "1 of 3" ] ||
	fail "week 3 touch: $(line "$out" Week)"
[ "$(line "$out" Aim | awk '{print $NF}')" = 3 ] || fail "week 3 aim: $(line "$out" Aim)"

# --- week 5 (day 29 = Wed 9 Dec): the question opens; answers stay private
run 0 --date 2026-12-09 stage alex --ready
has "$out" "Noted. You start stage 2 when you both feel ready."
run 0 --date 2026-12-09 stage
has "$out" "Stage 2? not yet."
hasnt "$out" "Alex"
hasnt "$out" "Sam"
run 0 --date 2026-12-09 stage sam --not-yet
has "$out" "Noted. You start stage 2 when you both feel ready."
run 0 --date 2026-12-09 touch --stage 1 --giver 1
rev=$(db "SELECT rev FROM touch_stage")
run 0 --date 2026-12-10 stage 2 --ready
has "$out" "You both feel ready: stage 2 begins on Thu 10 Dec 2026."
[ "$(db "SELECT stage, since, ready1, ready2, rev FROM touch_stage")" = "2|2026-12-10|0|0|$((rev + 1))" ] ||
	fail "the answer and the move were not one write: $(db "SELECT * FROM touch_stage")"
run 0 --date 2026-12-10 stage
has "$out" "You are at stage 2, since Thu 10 Dec"
has "$out" "Stage 3 comes in week 7 of the plan. No hurry."
run 2 --date 2026-12-10 stage 1 --ready
has "$err" "stage 3 is not in your plan yet"
# A stage-2 session before stage 2 began is refused; on the day it is taken.
run 2 --date 2026-12-09 touch --stage 2 --giver 1
has "$err" "stage 2 began on Thu 10 Dec, after that day"
run 0 --date 2026-12-10 touch --stage 2 --giver 2 --light red
run 0 --date 2026-12-11 touch --stage 1 --giver 2
# The aim counts sessions at the stage you are at: the one of the 9th
# (before the move) and the 10th count; the stage-1 session of the 11th not.
run 0 --date 2026-12-11 week
[ "$(line "$out" Week | awk '{print $(NF-3), $(NF-2), $(NF-1)}')" = "2 of 2" ] ||
	fail "week 5 touch: $(line "$out" Week)"
run 0 --date 2026-12-11 stage
has "$out" "This week: 2 of 2."

# --- either of you goes back alone, at once
run 2 --date 2026-12-12 stage alex --back
has "$err" "--back takes no name"
run 2 --date 2026-12-12 stage alex --ready --not-yet
run 2 --date 2026-12-12 stage alex
has "$err" "say --ready or --not-yet"
run 0 --date 2026-12-12 stage --back
has "$out" "Back to stage 1 on Sat 12 Dec 2026."
[ "$(db "SELECT stage, since FROM touch_stage")" = "1|2026-12-12" ] || fail "the step back was not saved"
run 2 --date 2026-12-12 stage --back
has "$err" "you are at the first stage already"
# Back at stage 1 in week 5 the question is open again, at once.
run 0 --date 2026-12-12 stage
has "$out" "Stage 2? not yet."

# --- after day 60 there is no touch aim
run 0 --date 2027-01-20 week
[ "$(line "$out" Aim | awk '{print $NF}')" = "-" ] || fail "an aim after day 60: $(line "$out" Aim)"

# --- keys that no longer matter still load, with a note
cat >>"$C" <<'CONF'
touch-per-week = 5
CONF
run 0 --date 2026-11-27 week
has "$err" "tend.conf:4: touch-per-week: no longer used: your plan sets the touch sessions"
[ "$(line "$out" Aim | awk '{print $NF}')" = 3 ] || fail "touch-per-week still sets the aim: $(line "$out" Aim)"
printf 'week-starts-on = "sunday"\n' >"$T/w.conf"
head -3 "$C" >>"$T/w.conf"
"$TEND" --config "$T/w.conf" --db "$D" --date 2026-11-27 week >"$T/out" 2>"$T/err" || fail "week-starts-on refused"
grep -q "w.conf:1: week-starts-on: no longer used" "$T/err" || fail "no note for week-starts-on: $(cat "$T/err")"
grep -q "Week of Wed 25 Nov" "$T/out" || fail "week-starts-on still moves the week: $(cat "$T/out")"
# New configs leave them out.
"$TEND" --config "$T/new.conf" init --partner A --partner B --start 2026-11-11 >/dev/null ||
	fail "init failed"
if grep -qE "touch-per-week|week-starts-on" "$T/new.conf"; then fail "init wrote a key that no longer matters"; fi

# --- the help names the command
"$TEND" --help | grep -q "stage" || fail "tend --help does not list stage"
"$TEND" stage --help | grep -q -- "--back" || fail "tend stage --help does not describe --back"

if [ "$fails" -ne 0 ]; then
	echo "$fails failure(s)"
	exit 1
fi
echo "ok"
