#!/bin/sh
# An evening at the dashboard, the way a couple uses it: the check-in form starts on
# whoever has not checked in; a Tab out of the gratitude line moves on; a
# change form starts where a new one does and words typed into a choice do
# not re-pick it; undo never deletes what changed elsewhere, and after a
# return (or a planned one) takes back just that; no stale note over the
# time-out or the week; notes say whose check-in and which day; a session
# with no minutes is "time not noted" and a stage not reached is refused;
# b with no time-out, the delete question names the words, the week view
# starts at the plan's first week.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
start_shell a 80 24
start_tend a

# 2. "4 4 Tab 3 3 Enter": the Tab leaves Alex's gratitude line for Sam's mood.
tmx send-keys -t a c
wait_for a "Today's check-in"
tmx send-keys -t a 4 4 Tab 3 3 Enter
wait_for a "Check-in saved. Thank you both."
expect_db '^checkin,[0-9]+,2026-11-23,1,"Alex",[^,]*,4,4,"",'
expect_db '^checkin,[0-9]+,2026-11-23,2,"Sam",[^,]*,3,3,"",'
tmx send-keys -t a u
wait_for a "Removed the check-ins by Alex and Sam."

# 1 and 7. Alex alone, then the form opens on Sam: "3 1 Enter" is Sam's.
tmx send-keys -t a c
wait_for a "Today's check-in"
tmx send-keys -t a 4 2 Enter
wait_for a "Saved Alex's check-in; Sam's can come later."
tmx send-keys -t a c
wait_for a "Today's check-in"
tmx send-keys -t a 3 1 Enter
wait_for a "Saved Sam's check-in. Thank you both."
expect_db '^checkin,[0-9]+,2026-11-23,1,"Alex",[^,]*,4,2,'
expect_db '^checkin,[0-9]+,2026-11-23,2,"Sam",[^,]*,3,1,'

# 3. A change form starts on "From" as a new one does; words typed into the
# bid leave it as it was and say how to pick.
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 2 Tab
tmx send-keys -t a -l "tea"
tmx send-keys -t a Tab t Enter
wait_for a "Saved a gesture by Sam"
tmx send-keys -t a Left Down Enter
wait_for a "Gestures: 1 entry"
tmx send-keys -t a Enter
wait_for a "Change the gesture"
tmx send-keys -t a Tab Tab
tmx send-keys -t a -l "lovely"
wait_for a "pick with 1-3 or an initial"
tmx send-keys -t a Enter
wait_for a "Changed the gesture by Sam"
expect_db '^gesture,[0-9]+,2026-11-23,2,"Sam",.*"tea",toward'
# 10. The delete question names the words (cut to fit).
tmx send-keys -t a d
wait_for a "Delete Sam's gesture \"tea\" on Mon 23 Nov?"
tmx send-keys -t a n
wait_for a "Nothing was changed"
send_esc a
wait_for a "This week, 23-29 Nov"

# 4. Undo of an add refuses when the entry was changed elsewhere since.
tmx send-keys -t a r
wait_for a "A new repair"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "sorry"
tmx send-keys -t a Enter
wait_for a "Saved a repair by Alex"
db "UPDATE repair SET text = 'sorry, truly', rev = rev + 1" >/dev/null
tmx send-keys -t a u
wait_for a "Not undone: the repair was changed or deleted elsewhere."
expect_db '"sorry, truly"'

# 6. No stale note over the week view's keys or under the time-out.
tmx send-keys -t a g
wait_for a "A new gesture"
send_esc a
wait_for a "Cancelled: nothing was saved."
tmx send-keys -t a w
wait_for a "move by week"
if screen a | grep -qF "Cancelled"; then fail "a stale note over the week view" a; fi
# 10. The week view goes no further back than the plan's first week.
tmx send-keys -t a Left
wait_for a "Week of 16 Nov"
tmx send-keys -t a Left
wait_for a "Week of 9 Nov"
tmx send-keys -t a Left
wait_for a "This is the first week of your plan."
expect_screen a "Week of 9 Nov"
send_esc a
wait_for a "This week, 23-29 Nov"
# 10. b with no time-out running says so.
tmx send-keys -t a b
wait_for a "No time-out is running."
tmx send-keys -t a g
wait_for a "A new gesture"
send_esc a
wait_for a "Cancelled: nothing was saved."
tmx send-keys -t a x
wait_for a "Called by"
tmx send-keys -t a 1 Enter
wait_for a "Pause started: back at"
if screen a | grep -qF "Cancelled"; then fail "a stale note under the time-out" a; fi

# 5. u after b reopens the pause; u after s takes back the planned return;
# neither deletes the time-out.
tmx send-keys -t a b
wait_for a "Welcome back"
tmx send-keys -t a u
wait_for a "Undone: the time-out is running again."
wait_for a "Alex called"
[ "$(db "SELECT count(*) FROM timeout WHERE deleted_at IS NULL AND returned_at IS NULL")" = 1 ] ||
	fail "the time-out should be running again" a
# 8. A time earlier than now is tomorrow's, and the note says so.
tmx send-keys -t a s
wait_for a "When will you come back to it?"
tmx send-keys -t a C-u
tmx send-keys -t a -l "$(date -d '-2 min' +%H:%M)"
tmx send-keys -t a Enter
wait_for a "Planned: you come back tomorrow at"
[ "$(db "SELECT count(*) FROM timeout WHERE deleted_at IS NULL AND scheduled_at IS NOT NULL")" = 1 ] ||
	fail "the return should be planned" a
tmx send-keys -t a u
wait_for a "Undone: no return is planned now."
[ "$(db "SELECT count(*) FROM timeout WHERE deleted_at IS NULL AND scheduled_at IS NULL \
	AND returned_at IS NULL")" = 1 ] || fail "the time-out should be as before the plan" a
tmx send-keys -t a b
wait_for a "Welcome back"

# 9. A stage not reached yet is refused next to the field; no minutes is
# "time not noted".
tmx send-keys -t a t
wait_for a "A new touch session"
tmx send-keys -t a Tab Tab 2 Enter
wait_for a "you are at stage 1"
wait_for a "starts when you both say you are ready"
expect_not_db '^touch,'
send_esc a
tmx send-keys -t a t
wait_for a "A new touch session"
tmx send-keys -t a Enter
wait_for a "Saved a touch session"
tmx send-keys -t a Tab Tab Tab Enter
wait_for a "Touch: 1 entry"
if screen a | grep -qF "Saved a touch session"; then fail "a stale note over the history" a; fi
expect_screen a "time not noted"
if screen a | grep -qF "0 min"; then fail "a session shown as 0 min" a; fi
send_esc a

tmx send-keys -t a q
expect_restored a 0
echo "PASS: evening"
