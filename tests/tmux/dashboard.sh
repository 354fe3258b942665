#!/bin/sh
# The dashboard driven through tmux: log a check-in, a gesture, a repair and
# a touch session with keys, check the screen and the database, undo,
# cancel, resize down to tiny sizes and back, and quit with q.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
start_shell a 80 24
start_tend a

# The header and every panel at 80x24.
for text in "Alex & Sam" "Day 15 of 60" "Check-in" "Gestures" "Repairs" "Touch" \
	"This week, 23-29 Nov" "Mon" "not yet"; do
	expect_screen a "$text"
done
# Every key of the dashboard is in the footer, even at 80 columns.
footer=$(screen a | tail -n 1)
for text in check-in gesture repair touch "x time-out" week undo plan "? help" quit; do
	case "$footer" in
	*"$text"*) ;;
	*) fail "\"$text\" missing from the footer: $footer" ;;
	esac
done

# A check-in for both: one-digit numbers move on to the next field.
tmx send-keys -t a c
wait_for a "Today's check-in"
tmx send-keys -t a 4 2
tmx send-keys -t a -l "the tea, thé"
tmx send-keys -t a Tab 3 3 Enter
wait_for a "Check-in saved"
wait_for a "mood 4  stress 2"
expect_screen a "mood 3  stress 3"
expect_screen a "the tea, thé"
expect_db '^checkin,[0-9]+,2026-11-23,1,"Alex",[^,]*,4,2,"the tea, thé"'
expect_db '^checkin,[0-9]+,2026-11-23,2,"Sam",[^,]*,3,3,'
# The week marks each partner's check-in with an initial; Monday is today.
screen a | grep -qE "Check-ins +AS( |│)" || fail "expected the check-ins of both as AS" a
# Day 15: the plan has stage 1 touch three times a week, and does not ask
# about stage 2 before week 5 (tests/tmux/touch.sh goes through the stages).
expect_screen a "Stage 2 comes in week 5 of the plan"
expect_screen a "This week: 0 of 3"
expect_screen a "G go Y slow R stop"
tmx send-keys -t a s
wait_for a "The plan comes to stage 2 in week 5. No hurry."
[ "$(sqlite3 "$T/tend.db" "SELECT count(*) FROM touch_stage WHERE stage > 1 OR ready1 OR ready2")" = 0 ] ||
	fail "s wrote a stage answer before the plan asks for one"

# A gesture: the cursor starts on who it is from, picked for the partner
# whose turn it is (Alex, nobody has logged one today); s and 2 pick Sam
# there, 1 and a pick Alex, and a pick moves on to the words (a Tab right
# after it stays there).
tmx send-keys -t a g
wait_for a "A new gesture"
expect_screen a "1/2 or initial picks"
expect_screen a "[1 Alex]"
tmx send-keys -t a s
wait_for a "[2 Sam]"
wait_gone a "1/2 or initial picks"
tmx send-keys -t a BTab
wait_for a "1/2 or initial picks"
tmx send-keys -t a 1
wait_for a "[1 Alex]"
tmx send-keys -t a Tab
wait_gone a "1/2 or initial picks"
expect_screen a "What  ___"
tmx send-keys -t a -l "hug at the door"
tmx send-keys -t a BSpace BSpace BSpace BSpace
tmx send-keys -t a -l "door"
tmx send-keys -t a Tab t Enter
wait_for a "Saved a gesture by Alex"
wait_for a "Today Alex 1  Sam 0"
expect_db '^gesture,[0-9]+,2026-11-23,1,.*"hug at the door"'

# A repair by Sam, picked with 2 on the first field. Accepted is "not yet"
# until someone says y.
tmx send-keys -t a r
wait_for a "A new repair"
tmx send-keys -t a 2 Tab
tmx send-keys -t a -l "sorry for snapping"
tmx send-keys -t a Tab
wait_for a "[2 not yet]"
tmx send-keys -t a y Enter
wait_for a "Saved a repair by Sam"
expect_screen a "Accepted: 1 of 1"
expect_db '^repair,[0-9]+,2026-11-23,2,.*"sorry for snapping"'

# In a form, Alt+u and a pasted escape sequence neither cancel it nor run
# as dashboard keys (u would undo, p and w open views); only Esc cancels.
# What follows a pasted sequence is typed as usual (the X).
SEQ=$(printf '\033[31mX\033]0;pwned\007')
tmx send-keys -t a r
wait_for a "A new repair"
tmx send-keys -t a Tab
tmx send-keys -t a -l "half typed"
tmx send-keys -t a M-u
tmx send-keys -t a -l "$SEQ"
sleep 0.6
expect_screen a "A new repair"
expect_screen a "half typedX_"
expect_db '^gesture,[0-9]+,2026-11-23,1,.*"hug at the door"'
# Ctrl-] and F12 hide everything even while typing in a text field.
tmx send-keys -t a C-]
sleep 0.3
if screen a | grep -q '[^[:space:]]'; then fail "Ctrl-] should blank the screen" a; fi
tmx send-keys -t a -l "moon"
wait_for a "half typedX_"
tmx send-keys -t a F12
sleep 0.3
if screen a | grep -q '[^[:space:]]'; then fail "F12 should blank the screen" a; fi
tmx send-keys -t a -l "moon"
wait_for a "A new repair"
expect_screen a "half typedX_"
send_esc a
wait_for a "Cancelled: nothing was saved"
expect_not_db 'half typed'

# A touch session with a yellow light (no light unless one is picked).
tmx send-keys -t a t
wait_for a "A new touch session"
expect_screen a "[4 none]"
tmx send-keys -t a a Tab
tmx send-keys -t a -l "shoulders"
tmx send-keys -t a Tab Tab 1 0 Tab y Enter
wait_for a "Saved a touch session"
wait_for a "This week: 1 of 3"
expect_db '^touch,[0-9]+,2026-11-23,'

# On the dashboard too: Alt+u undoes nothing, a pasted sequence opens nothing.
tmx send-keys -t a M-u
tmx send-keys -t a -l "$SEQ"
sleep 0.6
expect_screen a "This week: 1 of 3"
expect_screen a "Check-in"
if screen a | grep -qF "Undone"; then fail "Alt+u undid something" a; fi
expect_db '^touch,[0-9]+,2026-11-23,'

# Validation: a mood of 9 is refused next to the field, nothing is written.
tmx send-keys -t a c
wait_for a "Today's check-in"
tmx send-keys -t a 9 Enter
wait_for a "mood from 1 to 5"
send_esc a
wait_for a "Cancelled: nothing was saved"
expect_db '^checkin,[0-9]+,2026-11-23,1,"Alex",[^,]*,4,2,'

# Esc cancels without writing.
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "never saved"
send_esc a
wait_for a "Cancelled: nothing was saved"
expect_not_db 'never saved'

# Undo takes back the touch session, and says it removed it.
tmx send-keys -t a u
wait_for a "Removed the touch session by Alex."
wait_for a "This week: 0 of 3"
expect_not_db '^touch,'

# Help and the full-screen week, and back.
tmx send-keys -t a '?'
wait_for a "undo the last thing"
send_esc a
wait_for a "This week, 23-29 Nov"
tmx send-keys -t a w
wait_for a "Week of 23 Nov - 29 Nov 2026 (this week)"
tmx send-keys -t a Left
wait_for a "Week of 16 Nov - 22 Nov 2026"
# The week's means are rounded: moods 4, 4, 3 are 3.7 and stresses 2, 1, 1 are 1.3.
for d in 16:4:2 17:4:1 18:3:1; do
	IFS=: read -r day mood stress <<EOD
$d
EOD
	"$TEND" --config "$T/tend.conf" --db "$T/tend.db" --date "2026-11-$day" \
		checkin 1 --mood "$mood" --stress "$stress" >/dev/null
done
wait_for a "3.7"
expect_screen a "1.3"
send_esc a
wait_for a "This week, 23-29 Nov"

# History of the gestures panel: arrows move the focus (from the week), Enter
# opens it; Tab goes round.
tmx send-keys -t a Left Down
tmx send-keys -t a Enter
wait_for a "Gestures: 1 entry"
expect_screen a "hug at the door"
# Only y deletes: Enter, Esc, n and any other key answer no.
for no in Enter Escape n x Space; do
	tmx send-keys -t a d
	wait_for a "Delete Alex's gesture"
	tmx send-keys -t a $no
	wait_for a "Nothing was changed"
	wait_gone a "Delete Alex's gesture"
	expect_screen a "Gestures: 1 entry"
	[ $no != Escape ] || sleep 0.2
done
expect_db '^gesture,'
tmx send-keys -t a d
wait_for a "Delete Alex's gesture"
expect_screen a "y yes   any other key: no"
tmx send-keys -t a y
wait_for a "Gestures: 0 entries"
tmx send-keys -t a u
wait_for a "Brought back the gesture by Alex."
wait_for a "Gestures: 1 entry"
expect_db '^gesture,'
# Enter changes the entry: the words and the bid.
tmx send-keys -t a Enter
wait_for a "Change the gesture"
tmx send-keys -t a Tab BSpace BSpace BSpace BSpace
tmx send-keys -t a -l "gate"
tmx send-keys -t a Tab a Enter
wait_for a "hug at the gate, bid turned away"
expect_db '^gesture,[0-9]+,2026-11-23,1,.*"hug at the gate",away'
# Deleted, brought back, then the change undone: this session's own delete
# and undo are no conflict, and the message fits 80 columns.
tmx send-keys -t a d
wait_for a "Delete Alex's gesture"
tmx send-keys -t a y
wait_for a "Gestures: 0 entries"
tmx send-keys -t a u
wait_for a "hug at the gate, bid turned away"
tmx send-keys -t a u
wait_for a "Undid the change to the gesture by Alex."
wait_for a "hug at the door"
if screen a | grep -qF "Not undone"; then fail "a false conflict after delete and undo" a; fi
expect_db '^gesture,[0-9]+,2026-11-23,1,.*"hug at the door",toward'
tmx send-keys -t a d
wait_for a "Delete Alex's gesture"
tmx send-keys -t a y
wait_for a "Gestures: 0 entries"
expect_not_db '^gesture,'
send_esc a
wait_for a "This week, 23-29 Nov"

# A long text (5000 characters, logged from the command line) is kept whole
# when an edit changes only the bid.
LONG=$(printf 'a%.0s' $(seq 5000))
"$TEND" $TEND_ARGS gesture 1 "$LONG" >/dev/null
tmx send-keys -t a Enter
wait_for a "Gestures: 1 entry"
tmx send-keys -t a Enter
wait_for a "Change the gesture"
tmx send-keys -t a Tab Tab t Enter
wait_for a "Changed the gesture by Alex"
[ "$(sqlite3 "$T/tend.db" "SELECT length(text) FROM gesture WHERE deleted_at IS NULL")" = 5000 ] ||
	fail "the 5000-character text was not kept whole" a
expect_db '^gesture,[0-9]+,2026-11-23,1,.*,toward'
send_esc a
wait_for a "This week, 23-29 Nov"

# Smaller than 60x18: a clear request, then back to normal.
tmx resize-window -t a -x 60 -y 15
wait_for a "Please make the window at least 60x18 (now 60x15)."
tmx resize-window -t a -x 20 -y 5
wait_for a "60x18"
tmx resize-window -t a -x 1 -y 1
sleep 0.3
tmx resize-window -t a -x 80 -y 24
wait_for a "This week, 23-29 Nov"
expect_screen a "mood 4  stress 2"
expect_screen a "Today Alex 1  Sam 0"

tmx send-keys -t a q
expect_restored a 0
echo "PASS: dashboard"
