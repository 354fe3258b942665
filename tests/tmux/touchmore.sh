#!/bin/sh
# The touch form at 80x24 with the two-tier menu: who invited, tonight's
# list, then an item of it (the items follow the list picked), saved with
# the session; the invite line on the panel when the rotation is on
# (alternating from whoever invited last); the stage-3 guidelines in the
# form and in the Menu tab, edited there with g; a red light ends a session
# gently; the panic key hides the form and the guidelines.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
echo 'invite-rotation = true' >>"$T/tend.conf"
cli --date 2026-11-22 touch --stage 1 --giver 1 --invited-by Sam >/dev/null || fail "tend touch"

start_shell a 80 24
start_tend a
# Sam invited last: the panel invites Alex, as an invitation.
expect_screen a "Alex's turn to invite, if it feels right"

# The form: Giving, Note, Stage, Minutes, Light, Invited by, Tonight, Item.
tmx send-keys -t a t
wait_for a "A new touch session"
expect_screen a "Invited by  [1 not said]  2 Alex  3 Sam"
expect_screen a "Tonight  [1 none]  2 connection  3 experience"
expect_screen a "Item  [1 none]"
# Sam gives (the pick moves on to the note; a Tab right after it stays).
tmx send-keys -t a 2 Tab Tab Tab 1 5 Tab 1 2
wait_for a "Invited by  1 not said  [2 Alex]"
expect_screen a "Minutes  15"
# The longer list, then the quick one: the items follow the list.
tmx send-keys -t a 3
wait_for a "2 A bath or shower together"
tmx send-keys -t a BTab 2
wait_for a "Cuddle on the sofa"
if screen a | grep -qF "A bath or shower"; then fail "the longer list's items stayed" a; fi
tmx send-keys -t a 3
wait_for a "[3 Cuddle on the sofa]"
tmx send-keys -t a Enter
wait_for a "Saved a touch session by Sam."
[ "$(db "SELECT d.initiator, d.tier, d.item FROM touch t JOIN touch_detail d ON d.touch_uid = t.uid WHERE t.minutes = 15")" = "1|1|Cuddle on the sofa" ] ||
	fail "the session's details were not saved: $(db 'SELECT * FROM touch_detail')" a
# Alex invited last now: Sam's turn.
wait_for a "Sam's turn to invite, if it feels right"

# A red light: the form says it ended gently, and asks nothing more.
tmx send-keys -t a t
wait_for a "A new touch session"
expect_screen a "Red: stop, gently; nothing more is asked."
tmx send-keys -t a 1 Tab Tab Tab Tab 3 Enter
wait_for a "Red ended it gently: nothing more is asked."
if screen a | grep -qF "A new touch session"; then fail "a form followed a red light" a; fi

# The guidelines: written in the Menu tab, shown by the stage-3 form.
practices_tab a "Guidelines for stage 3"
expect_screen a "None yet: whoever wants to go slower can write them"
expect_screen a "Connection (quick, for a tired evening)"
tmx send-keys -t a g
wait_for a "Guidelines for going slower"
tmx send-keys -t a -l "Ten minutes of holding first. Yellow means slower."
tmx send-keys -t a Enter
wait_for a "Kept: they show whenever a stage-3 session is logged."
expect_screen a "Ten minutes of holding first. Yellow means slower."
[ "$(db "SELECT count(*) FROM touch_guideline WHERE deleted_at IS NULL")" = 1 ] ||
	fail "the guidelines were not kept" a
send_esc a
wait_for a "This week"
db "UPDATE touch_stage SET stage = 3, since = '2026-11-20'"
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
tmx send-keys -t a clear Enter
wait_gone a "TEND-EXIT=0"
start_tend a
tmx send-keys -t a t
wait_for a "A new touch session"
expect_screen a "Your guidelines: Ten minutes of holding first."

# The panic key hides the form and the guidelines at once.
tmx send-keys -t a '!'
sleep 0.3
if screen a | grep -q '[^[:space:]]'; then fail "the panic key left something on screen" a; fi
echo "touchmore passed"
