#!/usr/bin/env bash
# Not a timing: how many times tend asks the disk to make a write durable
# (fsync, fdatasync) to add an entry. One: the commit's. The WAL is kept
# between commands and copied home after some thirty entries; a change or a
# deletion copies it home at once, so no earlier version of a text stays in
# it. Usage: syncs.sh TEND SANITIZE
TEND=${1:?usage: syncs.sh TEND SANITIZE}
SANITIZE=${2:-none}
. "$(dirname "$0")/../cli/lib.sh"
command -v strace >/dev/null || { echo "strace is not installed: skipped"; exit 77; }
# LeakSanitizer refuses to run under ptrace, which strace uses.
[ "$SANITIZE" = none ] || { echo "strace cannot follow a sanitized tend: skipped"; exit 77; }
# The default database, under lib.sh's XDG_DATA_HOME: no --db below.
D="$XDG_DATA_HOME/tend/tend.db"
tend() { "$TEND" --date 2026-11-20 "$@"; }

tend init --partner Alex --partner Sam --start 2026-11-01 --checkin 21:00 >/dev/null ||
	fail "init"
# The first command of the day makes the day's backup and notes it (a
# change, so the WAL goes home); the next makes the WAL anew (and syncs the
# folder that holds it). From then on, one sync per entry.
tend gesture Alex "a first hug" >/dev/null || fail "first gesture"
tend gesture Alex "a second hug" >/dev/null || fail "second gesture"

# syncs ARGS...: the fsync and fdatasync calls of one command.
syncs() {
	strace -f -qq -o "$T/strace.log" -e trace=fsync,fdatasync "$TEND" --date 2026-11-20 "$@" \
		>/dev/null 2>&1 || fail "tend $*"
	grep -c "sync(" "$T/strace.log"
}
for i in 1 2 3 4 5 6 7 8 9 10; do
	n=$(syncs gesture Sam "a tea $i")
	[ "$n" = 1 ] || fail "gesture $i made $n syncs, not 1: $(cat "$T/strace.log")"
done
[ -s "$D-wal" ] || fail "the WAL was not kept between commands"
# What the WAL holds is in the database for any reader of it.
n=$(sqlite3 "$D" "SELECT count(*) FROM gesture WHERE text LIKE 'a tea %'")
[ "$n" = 10 ] || fail "sqlite3 sees $n of the 10 gestures"

# Many entries: the WAL is copied home now and then, not grown for ever.
for i in $(seq 1 60); do tend gesture Alex "a walk $i" >/dev/null || fail "walk $i"; done
size=$(stat -c %s "$D-wal" 2>/dev/null || echo 0)
[ "$size" -lt $((140 * 4096)) ] || fail "the WAL grew to $size bytes"

# A check-in logged again replaces the first: the first's words must leave
# the WAL too, with the command that replaced them.
tend checkin Alex --mood 3 --stress 2 --gratitude "ZEBRA-FIRST-WORDS" >/dev/null || fail "checkin"
tend checkin Alex --mood 4 --stress 2 --gratitude "the second words" >/dev/null || fail "again"
[ ! -e "$D-wal" ] || [ ! -s "$D-wal" ] || fail "a replaced check-in left the WAL in place"
if cat "$D" "$D-wal" 2>/dev/null | grep -aq ZEBRA-FIRST-WORDS; then
	fail "the replaced check-in's words are still in the file"
fi
finish "syncs"
