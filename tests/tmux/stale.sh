#!/bin/sh
# An entry id is never reused, so a stale undo or edit in one dashboard
# never touches an entry logged after its own was deleted and erased
# elsewhere: dashboard a adds a gesture, dashboard b deletes it and quits
# (which erases it), the shell logs a new one, and a's undo (or a's open
# edit form) leaves the new one alone; so does an undo after a restore.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
start_shell a 100 30
start_shell b 100 30
start_shell c 100 10
start_tend a
start_tend b

shell_gesture() {
	tmx send-keys -t c "$TEND $TEND_ARGS gesture 2 '$1'; echo SHELL-EXIT=\$?" Enter
	wait_for c "SHELL-EXIT=0"
	tmx send-keys -t c clear Enter
}

# b deletes the only gesture through its history, then quits (erasing it).
b_deletes_and_quits() {
	wait_for b "$1" 3
	tmx send-keys -t b Left Down Enter
	wait_for b "Gestures: 1 entry"
	tmx send-keys -t b d
	wait_for b "Delete $2's gesture"
	tmx send-keys -t b y
	wait_for b "Gestures: 0 entries"
	tmx send-keys -t b q q
	wait_for b "TEND-EXIT=0"
	tmx send-keys -t b clear Enter
	[ "$(sqlite3 "$T/tend.db" "SELECT count(*) FROM gesture")" = 0 ] ||
		fail "b did not erase the gesture when it quit"
}

# --- a stale undo
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "from a"
tmx send-keys -t a Enter
wait_for a "Saved a gesture by Alex"
b_deletes_and_quits "from a" Alex
shell_gesture "from the shell"
wait_for a "from the shell" 3
tmx send-keys -t a u
wait_for a "The gesture was deleted elsewhere already."
expect_db '^gesture,[0-9]+,2026-11-23,2,.*"from the shell"'
expect_screen a "from the shell"

# --- a stale edit form: a opens the shell's gesture, b deletes it and quits,
# the shell logs another: a's form overwrites nothing.
tmx send-keys -t a Left Down Enter
wait_for a "Gestures: 1 entry"
tmx send-keys -t a Enter
wait_for a "Change the gesture"
start_tend b
b_deletes_and_quits "from the shell" Sam
shell_gesture "newest from the shell"
# a's form says at once that its gesture is gone, and no longer offers to
# save over it: what is typed can be saved as a new gesture.
wait_for a "deleted in the other dashboard meanwhile"
expect_screen a "Enter save as new"
tmx send-keys -t a Tab
tmx send-keys -t a -l " edited in a"
tmx send-keys -t a Enter
wait_for a "Saved a gesture by Sam"
expect_db '^gesture,[0-9]+,2026-11-23,2,.*"newest from the shell"'
expect_db '^gesture,[0-9]+,2026-11-23,2,.*"from the shell edited in a"'
[ "$(sqlite3 "$T/tend.db" "SELECT count(*) FROM gesture")" = 2 ] ||
	fail "expected the shell's gesture and a's new one"
send_esc a

# --- after a restore of an older backup: a's undo of a gesture the backup
# never had leaves alone the one the shell logged after the restore.
tmx send-keys -t c "$TEND $TEND_ARGS backup $T/older.db >/dev/null; echo BACKUP-EXIT=\$?" Enter
wait_for c "BACKUP-EXIT=0"
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 1
tmx send-keys -t a -l "a before the restore"
tmx send-keys -t a Enter
wait_for a "Saved a gesture by Alex"
tmx send-keys -t c "$TEND $TEND_ARGS restore $T/older.db >/dev/null; echo RESTORE-EXIT=\$?" Enter
wait_for c "RESTORE-EXIT=0"
shell_gesture "after the restore"
wait_for a "after the restore" 3
tmx send-keys -t a u
wait_for a "The gesture was deleted elsewhere already."
expect_db '^gesture,[0-9]+,2026-11-23,2,.*"after the restore"'

tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
echo "PASS: stale"
