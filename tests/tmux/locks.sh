#!/bin/sh
# Two writers: a save that finds the write lock held by another program says
# it is waiting, keeps what was typed and saves it once the lock is free
# (exactly once); two dashboards changing the same entry: the second is told,
# shown the stored version, and nothing is overwritten.
set -eu
. "$(dirname "$0")/lib.sh"

command -v sqlite3 >/dev/null || { echo "SKIP: no sqlite3"; exit 77; }

count_db() { export_csv | grep -cE -- "$1" || true; }

write_config
start_shell a 80 24
start_shell b 80 24
start_tend a
start_tend b

# Another program holds the write lock for 10 seconds.
(echo "BEGIN IMMEDIATE;"; sleep 10; echo "COMMIT;") | sqlite3 "$T/tend.db" &
locker=$!
sleep 0.5
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "logged while locked"
tmx send-keys -t a Enter
wait_for a "Waiting for the other tend to finish saving" 10
expect_screen a "logged while locked"
[ "$(count_db 'logged while locked')" = 0 ] || fail "saved while the lock was held"
wait "$locker"
wait_for a "Saved a gesture by Alex" 10
wait_gone a "A new gesture"
[ "$(count_db 'logged while locked')" = 1 ] || { export_csv; fail "expected the gesture exactly once"; }
wait_for b "logged while locked" 3

# Both open the same gesture; b saves first; a is told how b's reads, and
# a's words stay in a's form.
for p in a b; do
	tmx send-keys -t $p Left Down Enter
	wait_for $p "Gestures: 1 entry"
	tmx send-keys -t $p Enter
	wait_for $p "Change the gesture"
done
tmx send-keys -t b Tab C-u
tmx send-keys -t b -l "words from b"
tmx send-keys -t b Enter
wait_for b "words from b"
wait_gone b "Change the gesture"
tmx send-keys -t a Tab C-u
tmx send-keys -t a -l "words from a"
tmx send-keys -t a Enter
wait_for a "Someone changed this in the other dashboard first"
expect_screen a "words from b"
expect_screen a "What you typed is still here"
expect_screen a "words from a_"
expect_screen a "Change the gesture"
expect_db '"words from b"'
expect_not_db 'words from a'
# Saving again now is a deliberate change over b's.
tmx send-keys -t a -l " and a"
tmx send-keys -t a Enter
wait_for a "words from a and a"
expect_db '"words from a and a"'
wait_for b "words from a and a" 3

# a edits it while b deletes it: a is told at once, and Enter no longer
# offers to save over it (only as a new one).
tmx send-keys -t a Enter
wait_for a "Change the gesture"
tmx send-keys -t b d
wait_for b "s gesture \""
tmx send-keys -t b y
wait_for b "Gestures: 0 entries"
wait_for a "deleted in the other dashboard"
expect_screen a "Enter save as new"
tmx send-keys -t a Tab
tmx send-keys -t a -l "!"
send_esc a
send_esc a
send_esc b
expect_not_db '^gesture,'
# a's own change cannot be undone now; the message says so within 80 columns.
tmx send-keys -t a u
wait_for a "Not undone: the gesture was changed or deleted elsewhere."
expect_not_db '^gesture,'

# The check-in form: b saves Alex's check-in while a has the form open.
tmx send-keys -t a c
wait_for a "Today's check-in"
tmx send-keys -t b c
wait_for b "Today's check-in"
tmx send-keys -t b 5 5 Enter
wait_for b "Saved Alex's check-in"
tmx send-keys -t a 1 1 Enter
wait_for a "Alex's check-in was just saved in the other dashboard"
expect_db '^checkin,[0-9]+,2026-11-23,1,"Alex",[^,]*,5,5,'
[ "$(count_db '^checkin,')" = 1 ] || { export_csv; fail "expected one check-in"; }
send_esc a
tmx send-keys -t a q
expect_restored a 0
tmx send-keys -t b q
expect_restored b 0
echo "PASS: locks"
