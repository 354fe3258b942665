#!/bin/sh
# The guided evening (`e`): a typical evening (both check-ins, two
# gestures, a repair) takes no more keys than the separate forms c, g, g, r
# for the same entries, and saves the same entries; the touch step is
# offered when the plan week asks for touch, else passed over with a word;
# the summary describes the day;
# quitting mid-way and pressing e again resumes at the step where the
# couple stopped; an evening gone through once starts over, passing the
# check-ins with a word instead of asking again.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
# Every key sent to a dashboard is counted: a key name is one key, typed
# text one key per character.
KEYS=0
press() {
	_pane=$1
	shift
	KEYS=$((KEYS + $#))
	tmx send-keys -t "$_pane" "$@"
}
type_text() {
	KEYS=$((KEYS + ${#2}))
	tmx send-keys -t "$1" -l "$2"
}
press_esc() {
	KEYS=$((KEYS + 1))
	send_esc "$1"
}
# The entries of a database without ids and times: kind, day, partner,
# name, then the kind's own fields.
entries_of() {
	"$TEND" --config "$T/tend.conf" --db "$1" export --format csv |
		grep -E '^(checkin|gesture|repair|touch|timeout),' | cut -d, -f1,3-5,7- | sort
}

# 1. The separate forms: c, g, g, r.
# Day 5 of the plan (Fri 13 Nov): ground rules, no touch asked yet, so the
# evening holds just these steps (the practices' own steps are not due in
# the first week either).
TEND_ARGS="--config $T/tend.conf --db $T/separate.db --date 2026-11-13"
start_shell a 80 24
start_tend a
press a c
wait_for a "Today's check-in"
press a 4 4 Tab 3 3 Enter
wait_for a "Check-in saved. Thank you both."
press a g
wait_for a "A new gesture"
press a 1 Tab
type_text a "tea"
press a Enter
wait_for a "Saved a gesture by Alex."
press a g
wait_for a "A new gesture"
press a 2 Tab
type_text a "hug"
press a Enter
wait_for a "Saved a gesture by Sam."
press a r
wait_for a "A new repair"
press a 1 Tab
type_text a "sorry"
press a Enter
wait_for a "Saved a repair by Alex."
SEPARATE=$KEYS
press a q
expect_restored a 0

# 2. The same entries through the evening: each form opens by itself.
KEYS=0
TEND_ARGS="--config $T/tend.conf --db $T/evening.db --date 2026-11-13"
start_shell b 80 24
start_tend b
screen b | tail -n 1 | grep -qF "evening" || fail "no evening key in the footer at 80 columns" b
press b e
wait_step b 1 "Today's check-in"
expect_screen b "Esc next step"
expect_screen b "The evening, about ten minutes; Esc moves on."
press b 4 4 Tab 3 3 Enter
wait_step b 2 "A new gesture"
expect_screen b "Check-in saved. Thank you both."
press b 1 Tab
type_text b "tea"
press b Enter
wait_for b "Saved a gesture by Alex."
# The gesture form comes again for the next one, on the other's turn.
wait_step b 2 "A new gesture"
press b 2 Tab
type_text b "hug"
press b Enter
wait_for b "Saved a gesture by Sam."
press_esc b
wait_step b 3 "A new repair"
press b 1 Tab
type_text b "sorry"
press b Enter
# The plan asks for no touch in week 1: passed over with a word.
wait_for b "Tonight, Fri 13 Nov"
expect_screen b "Saved a repair by Alex. No touch in the plan this week."
expect_screen b "You both checked in."
expect_screen b "2 kind gestures."
expect_screen b "1 repair noticed."
expect_screen b "Thank you both for tonight."
# The summary's own lines (the popup, without the dashboard at its sides).
screen b | sed -n '/Tonight, Fri 13 Nov/,/Any key closes/p' | sed -E 's/^..//; s/..$//' \
	> "$T/summary"
grep -qF "Sleep well" "$T/summary" || fail "the summary was not read back" b
if grep -qiE "missed|Alex|Sam" "$T/summary"; then fail "the summary names or scores someone" b; fi
press b Enter
wait_gone b "Tonight, Fri 13 Nov"
EVENING=$KEYS
echo "keys: separate forms $SEPARATE, the evening $EVENING"
[ "$EVENING" -le "$SEPARATE" ] ||
	fail "the evening took $EVENING keys, the separate forms $SEPARATE"
[ "$(entries_of "$T/evening.db")" = "$(entries_of "$T/separate.db")" ] || {
	entries_of "$T/separate.db"
	echo ---
	entries_of "$T/evening.db"
	fail "the evening saved other entries than the separate forms"
}
[ "$(entries_of "$T/evening.db" | wc -l)" = 5 ] || fail "expected five entries"
press b q
expect_restored b 0

# 3. Quitting mid-way: e comes back to the step where the couple stopped.
# Day 15 (week 3) asks for touch three times a week: its step is offered.
TEND_ARGS="--config $T/tend.conf --db $T/resume.db --date 2026-11-23"
start_shell c 80 24
start_tend c
tmx send-keys -t c e
wait_step c 1 "Today's check-in"
tmx send-keys -t c 4 2 Tab 3 1 Enter
wait_step c 2 "A new gesture"
quit_and_restart c
tmx send-keys -t c e
wait_step c 2 "A new gesture"
expect_screen c "Back where you left off: gestures."
tmx send-keys -t c 1 Tab
tmx send-keys -t c -l "tea"
tmx send-keys -t c Enter
wait_for c "Saved a gesture by Alex."
send_esc c
wait_step c 3 "A new repair"
# Quit from the repair: the place is the repair, not the gestures.
quit_and_restart c
tmx send-keys -t c e
wait_step c 3 "A new repair"
expect_screen c "Back where you left off: a repair."
send_esc c
wait_step c 4 "A new touch session"
send_esc c
wait_for c "Tonight, Mon 23 Nov"
expect_screen c "1 kind gesture."
tmx send-keys -t c x
wait_gone c "Tonight, Mon 23 Nov"
# The summary took the x: no time-out was called.
if screen c | grep -qF "Called by"; then fail "the key that closed the summary did more" c; fi
# 4. Gone through once, e starts over: the check-ins are passed over with
# a word, not asked again.
tmx send-keys -t c e
wait_step c 2 "A new gesture"
expect_screen c "Both check-ins are in."
send_esc c
wait_step c 3 "A new repair"
send_esc c
wait_step c 4 "A new touch session"
send_esc c
wait_for c "Tonight, Mon 23 Nov"
tmx send-keys -t c Enter
wait_gone c "Tonight, Mon 23 Nov"
# 5. Day 5 of the plan asks for no touch: the step is passed over with a
# word, and the last repair leads straight to the summary.
tmx send-keys -t c q
expect_restored c 0
TEND_ARGS="--config $T/tend.conf --db $T/resume.db --date 2026-11-13"
rerun_tend c
tmx send-keys -t c e
wait_step c 1 "Today's check-in"
send_esc c
wait_step c 2 "A new gesture"
send_esc c
wait_step c 3 "A new repair"
send_esc c
wait_for c "Tonight, Fri 13 Nov"
expect_screen c "No touch in the plan this week."
expect_screen c "A quiet day, and that is all right."
if screen c | grep -qF "Evening 4/"; then fail "touch was asked on a day without it" c; fi
tmx send-keys -t c Enter
wait_gone c "Tonight, Fri 13 Nov"
# The help names the key.
tmx send-keys -t c '?'
wait_for c "the evening, step by step"
send_esc c
tmx send-keys -t c q
expect_restored c 0
[ "$(sqlite3 "$T/resume.db" "SELECT step FROM evening WHERE day = '2026-11-23'")" = done ] ||
	fail "the finished evening should be kept as done"
# 6. Discreet: the touch step and its word are neutral.
cat > "$T/discreet.conf" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-11-09"
discreet = true
CONF
chmod 600 "$T/discreet.conf"
TEND_ARGS="--config $T/discreet.conf --db $T/discreet.db --date 2026-11-23"
rerun_tend c
tmx send-keys -t c e
wait_step c 1 "Today's check-in"
send_esc c
send_esc c
wait_step c 3 "A new repair"
send_esc c
wait_step c 4 "A new moment together"
send_esc c
wait_for c "Tonight, Mon 23 Nov"
if screen c | grep -qiF "touch"; then fail "touch named in discreet mode" c; fi
tmx send-keys -t c Enter
wait_gone c "Tonight, Mon 23 Nov"
TEND_ARGS="--config $T/discreet.conf --db $T/discreet.db --date 2026-11-13"
tmx send-keys -t c q
expect_restored c 0
rerun_tend c
tmx send-keys -t c e
wait_step c 1 "Today's check-in"
send_esc c
send_esc c
wait_step c 3 "A new repair"
send_esc c
wait_for c "No time together in the plan this week."
if screen c | grep -qiF "touch"; then fail "touch named in discreet mode" c; fi
tmx send-keys -t c Enter
tmx send-keys -t c q
expect_restored c 0
echo "PASS: guided"
