#!/bin/sh
# The Shared load tab on the practices screen (o): the jobs under each
# owner, a new job through the form, a move to the other owner kept with
# its day, undo, removing with y (erased from the file on quitting), the review: the dashboard's note says it
# is due a month after the list was made (31 Oct: 30 Nov, the month's last
# day), r notes it, and the note goes.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
# open_tab: the practices screen (o), on the Shared load tab (a list, or
# the invitation to make one).
open_tab() { practices_tab a "looks after" "Press a to list the first"; }

log --date 2026-10-31 task add "Groceries" --owner Alex --done "Fridge stocked" --every weekly
log --date 2026-10-31 task add "Bills" --owner Sam --done "Paid by the 5th" --every monthly

# 29 Nov: not due yet. 30 Nov is the month's last day: due.
TEND_ARGS="--config $T/tend.conf --db $T/tend.db --date 2026-11-29"
start_shell a 80 24
start_tend a
wait_for a "Now:"
if screen a | grep -qF "jobs review due"; then fail "the review was due before its day" a; fi
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
tmx send-keys -t a clear Enter
wait_gone a "TEND-EXIT=0"
TEND_ARGS="--config $T/tend.conf --db $T/tend.db --date 2026-11-30"
start_tend a
wait_for a "jobs review due"

open_tab
wait_for a "Alex looks after"
expect_screen a "Sam looks after"
expect_screen a "Groceries"
expect_screen a "The monthly review is due (since Mon 30 Nov)"
# The lists, never a count of one against the other.
if screen a | grep -qE "Alex: *[0-9]|Sam: *[0-9]"; then fail "a count per partner" a; fi

# A new job, for Sam, through the form.
tmx send-keys -t a a
wait_for a "A job that keeps life running"
tmx send-keys -t a "Laundry" Tab 2 Tab "Folded and put away" Tab "2 per week" Enter
wait_for a "Listed. u undoes."
expect_screen a "twice a week"
[ "$(db "SELECT owner || '|' || cadence || '|' || day FROM task WHERE name = 'Laundry'")" = "2|2 per week|2026-11-30" ] ||
	fail "the new job was not saved as typed" a
# A cadence the core does not know keeps the form open with its words.
tmx send-keys -t a a
wait_for a "A job that keeps life running"
tmx send-keys -t a "Plants" Tab 1 Tab Tab "now and then" Enter
wait_for a "how often does it come round?"
send_esc a
wait_gone a "A job that keeps life running"
[ "$(db "SELECT count(*) FROM task WHERE name = 'Plants'")" = 0 ] || fail "a bad job was saved"

# Groceries (the first, chosen) goes to Sam from today, kept with the day.
tmx send-keys -t a Up Up Up
tmx send-keys -t a m
wait_for a "Groceries is with Sam from today. u undoes."
[ "$(db "SELECT owner FROM task WHERE name = 'Groceries'")" = 2 ] || fail "the move was not saved"
[ "$(db "SELECT group_concat(owner || '@' || day, ' ') FROM task_owner WHERE task = (SELECT id FROM task WHERE name = 'Groceries')")" = "1@2026-10-31 2@2026-11-30" ] ||
	fail "the change of owner was not kept with its day"
tmx send-keys -t a u
wait_for a "Undone: Groceries is with Alex again."
[ "$(db "SELECT owner FROM task WHERE name = 'Groceries'")" = 1 ] || fail "undo left the owner"
[ "$(db "SELECT count(*) FROM task_owner")" = 3 ] || fail "undo left the history row"

# Remove asks first; y takes it off; u brings it back.
tmx send-keys -t a d
wait_for a "Take Groceries off the list? (y/n)"
tmx send-keys -t a n
wait_gone a "Take Groceries off the list?"
[ "$(db "SELECT count(*) FROM task WHERE deleted_at IS NULL")" = 3 ] || fail "n removed the job"
tmx send-keys -t a d
wait_for a "Take Groceries off the list? (y/n)"
tmx send-keys -t a y
wait_for a "Off the list. u undoes."
[ "$(db "SELECT count(*) FROM task WHERE deleted_at IS NULL")" = 2 ] || fail "y did not remove the job"
tmx send-keys -t a u
wait_for a "Undone: Groceries is back on the list."

# The review: noted with today's day; the dashboard's note goes.
tmx send-keys -t a r
wait_for a "Noted: you looked at the list together today."
wait_for a "Next review: Thu 31 Dec."
[ "$(db "SELECT day FROM task_review WHERE deleted_at IS NULL")" = 2026-11-30 ] || fail "the review was not saved"
send_esc a
wait_for a "Now:"
if screen a | grep -qF "jobs review due"; then fail "the note stayed after the review" a; fi

# What the session removed leaves the file when it quits, with its history.
open_tab
wait_for a "Alex looks after"
tmx send-keys -t a Up Up Up Down d
wait_for a "Take Bills off the list? (y/n)"
tmx send-keys -t a y
wait_for a "Off the list. u undoes."
send_esc a
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
[ "$(db "SELECT count(*) FROM task")" = 2 ] || fail "the removed job was left in the file"
[ "$(db "SELECT count(*) FROM task_owner")" = 2 ] || fail "the removed job's history was left in the file"
echo "ok"
