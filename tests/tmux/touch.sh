#!/bin/sh
# The Touch panel follows the plan (start 2026-11-09), with --date pinned on
# days of each phase: no target and no question in weeks 1-2; "of 3" in
# weeks 3-4; the stage 2 question in week 5, private until both are ready;
# the move on the second yes; a step back alone at once; undo; sessions at
# the current stage count and a red light counts like any other; no target
# after day 60.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
# at DAY (lib.sh) runs the dashboard at 100x30 here.
AT_SIZE="100 30"

# Day 5, week 1: the plan has no touch yet. A session logged anyway is
# counted, with no target to fall short of, and no stage question.
log --date 2026-11-12 touch --stage 1 --giver 1 --light green
log --date 2026-11-13 touch --stage 1 --giver 2
at 2026-11-13
expect_screen a "Stage 2 comes in week 5 of the plan"
expect_screen a "This week: 2 "
if screen a | grep -qE "This week: 2 of|not yet \(s\)"; then fail "a target or the question in week 1" a; fi
tmx send-keys -t a s
wait_for a "The plan comes to stage 2 in week 5. No hurry."
[ "$(db "SELECT count(*) FROM touch_stage WHERE ready1 OR ready2 OR stage > 1")" = 0 ] ||
	fail "an answer was saved before the plan asks"

# Day 17, week 3: stage 1, three times a week.
log --date 2026-11-24 touch --stage 1 --giver 1 --light red
at 2026-11-25
expect_screen a "This week: 1 of 3"
expect_screen a "Stage 2 comes in week 5 of the plan"

# Day 29, week 5: the question is open; who is ready stays private.
at 2026-12-07
expect_screen a "This week: 0 of 2"
expect_screen a "Stage 2? not yet (s)"
tmx send-keys -t a s
wait_for a "Ready for stage 2?"
tmx send-keys -t a a Tab y Enter
wait_for a "Noted. You start stage 2 when you both feel ready."
expect_screen a "Stage 2? not yet (s)"
if screen a | grep -qE "Alex (is )?ready|Alex not yet"; then fail "the panel named who is ready" a; fi
[ "$(db "SELECT stage, ready1, ready2 FROM touch_stage")" = "1|1|0" ] || fail "Alex's answer was not saved"
# Sam's yes moves to stage 2 in the same write as the answer.
rev=$(db "SELECT rev FROM touch_stage")
tmx send-keys -t a s
wait_for a "Ready for stage 2?"
tmx send-keys -t a s Tab y Enter
wait_for a "You both feel ready: stage 2 starts today"
wait_for a "Stage 3 comes in week 7 of the plan"
[ "$(db "SELECT stage, since, ready1, ready2, rev FROM touch_stage")" = "2|2026-12-07|0|0|$((rev + 1))" ] ||
	fail "the answer and the move were not one write: $(db "SELECT * FROM touch_stage")"

# A stage-2 session and a stage-1 one on day 30: the target counts the
# stage the couple is at.
log --date 2026-12-08 touch --stage 2 --giver 2 --light red
log --date 2026-12-08 touch --stage 1 --giver 1
at 2026-12-08
expect_screen a "This week: 1 of 2"
# The plan view counts the same way, from the same function.
tmx send-keys -t a p
wait_for a "touch 1 of 2 this week"
send_esc a
wait_for a "This week: 1 of 2"
# tend touch refuses a stage-2 session before stage 2 began.
cli --date 2026-12-06 touch --stage 2 --giver 1 2>"$T/err" && fail "tend touch took a session before stage 2 began"
grep -qE "stage 2 began on Mon +7 Dec" "$T/err" || fail "tend touch said: $(cat "$T/err")"

# Either partner goes back alone, at once; nothing reads as a failure.
tmx send-keys -t a s
wait_for a "Back to stage 1?"
tmx send-keys -t a Enter
wait_for a "Back to stage 1 from today."
wait_for a "Stage 2? not yet (s)"
[ "$(db "SELECT stage, since FROM touch_stage")" = "1|2026-12-08" ] || fail "the step back was not saved"
tmx send-keys -t a u
wait_for a "Undone: back to stage 2."
[ "$(db "SELECT stage, since FROM touch_stage")" = "2|2026-12-07" ] || fail "undo did not restore stage 2"
expect_screen a "This week: 1 of 2"

# The dashboard's form refuses it too (it starts on the stage the couple is at).
at 2026-12-06
tmx send-keys -t a t
wait_for a "Light"
tmx send-keys -t a Enter
wait_for a "Stage 2 began on Mon"
send_esc a
wait_for a "Cancelled: nothing was saved"
[ "$(db "SELECT count(*) FROM touch WHERE day = '2026-12-06'")" = 0 ] ||
	fail "the form saved a stage-2 session before stage 2 began"

# Day 61: after the 60 days there is no touch target. An old config's
# touch-per-week still loads, with a note, and sets nothing.
echo "touch-per-week = 3" >>"$T/tend.conf"
at 2027-01-08
expect_screen a "tend.conf:4: touch-per-week: no longer used"
expect_screen a "This week: 0"
if screen a | grep -qF "This week: 0 of"; then fail "a touch target after day 60" a; fi
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
echo "ok"
