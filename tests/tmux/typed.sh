#!/bin/sh
# Nothing typed is lost in a form: a pick in a choice moves on to the next
# field as a check-in's digit does, so "g 2 hug at the door Enter" saves
# Sam's gesture with its words; a letter that picks nothing is refused out
# loud, and the letters after it do not re-pick by initial. A check-in
# saved meanwhile in another dashboard never replaces what was typed.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
start_shell a 100 30
start_tend a

# Words typed into the partner choice: refused out loud, the pick stays.
tmx send-keys -t a g
wait_for a "A new gesture"
expect_screen a "[1 Alex]"
tmx send-keys -t a -l "xs "
wait_for a "pick with 1/2 or an initial"
expect_screen a "[1 Alex]"
send_esc a
wait_for a "Cancelled: nothing was saved"

# g 2 hug at the door Enter, typed in one go.
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 2
tmx send-keys -t a -l "hug at the door"
tmx send-keys -t a Enter
wait_for a "Saved a gesture by Sam"
expect_db '^gesture,[0-9]+,2026-11-23,2,.*"hug at the door"'

# A pick by initial moves on too, and a Tab right after it stays put.
tmx send-keys -t a r
wait_for a "A new repair"
tmx send-keys -t a a Tab
tmx send-keys -t a -l "I rolled my eyes"
tmx send-keys -t a Enter
wait_for a "Saved a repair by Alex"
expect_db '^repair,[0-9]+,2026-11-23,1,.*"I rolled my eyes"'

# The touch form: the giver, then the note.
tmx send-keys -t a t
wait_for a "Giving"
tmx send-keys -t a 2
tmx send-keys -t a -l "shoulders"
wait_for a "shoulders_"
screen a | grep -qF "[2 Sam]" || fail "the touch form did not pick Sam" a
send_esc a
wait_for a "Cancelled: nothing was saved"

# The other dashboard saves Alex's check-in while a's form is open: what
# a typed stays, the note says how theirs reads, and Enter then saves a's.
start_shell b 100 30
start_tend b
tmx send-keys -t a c
wait_for a "Today's check-in"
tmx send-keys -t b c
wait_for b "Today's check-in"
tmx send-keys -t b 4 2
tmx send-keys -t b -l "rain"
tmx send-keys -t b Enter
wait_for b "Saved Alex's check-in"
tmx send-keys -t a 5 1
tmx send-keys -t a -l "sunset"
tmx send-keys -t a Enter
wait_for a "Alex's check-in was just saved in the other dashboard"
wait_for a "mood 4, stress 2"
expect_screen a "What you typed is still here"
expect_screen a "Grateful for  sunset_"
expect_db '^checkin,[0-9]+,2026-11-23,1,.*,4,2,"rain"'
tmx send-keys -t a Enter
wait_for a "Saved Alex's check-in"
expect_db '^checkin,[0-9]+,2026-11-23,1,.*,5,1,"sunset"'
# Fields a left as they were shown take b's newer check-in (nothing a typed
# is there to keep, and b's change is not undone); what a typed for Sam stays.
wait_for b "sunset" 3
tmx send-keys -t a c
wait_for a "Today's check-in"
tmx send-keys -t b c
wait_for b "Today's check-in"
tmx send-keys -t b BTab BTab BTab 2 2 Enter
wait_gone b "Today's check-in"
expect_db '^checkin,[0-9]+,2026-11-23,1,.*,2,2,"sunset"'
tmx send-keys -t a 3 4
tmx send-keys -t a -l "tea"
tmx send-keys -t a Enter
wait_for a "Alex's check-in was just changed in the other dashboard"
expect_screen a "Grateful for  tea_"
tmx send-keys -t a Enter
wait_for a "Saved Sam's check-in"
expect_db '^checkin,[0-9]+,2026-11-23,1,.*,2,2,"sunset"'
expect_db '^checkin,[0-9]+,2026-11-23,2,.*,3,4,"tea"'
tmx send-keys -t b q
wait_for b "TEND-EXIT=0"

tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
echo "PASS: typed"
