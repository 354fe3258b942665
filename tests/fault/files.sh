#!/bin/bash
# Special files and links around tend's outputs and database, all made in a
# temporary folder (never a system device): a FIFO is written through, not
# replaced; a link is followed to its end before the "never over tend's own
# files" check, even when it dangles; modes are never changed through a
# link; a database on a read-only mount is read, and writing to it is
# refused in plain words.
. "$(dirname "$0")/common.sh"
tend --date 2026-11-23 gesture 1 "A long hug" >/dev/null || { echo "FAIL: gesture"; exit 1; }

# one_line STATUS WANT WHAT CMD...: exit STATUS and one line on stderr
# holding WANT.
one_line() {
	local want=$1 text=$2 what=$3 rc=0
	shift 3
	"$@" >"$T/out" 2>"$T/err" || rc=$?
	[ "$rc" = "$want" ] || fail "$what: exit $rc, expected $want ($(cat "$T/err"))"
	[ "$(wc -l <"$T/err")" = 1 ] || fail "$what: expected one line on stderr: $(cat "$T/err")"
	grep -qF -- "$text" "$T/err" || fail "$what: expected \"$text\" in: $(cat "$T/err")"
}

# --- a FIFO is written through by every command that writes a file
mkfifo "$T/pipe"
for cmd in "backup $T/pipe" "export --format csv --output $T/pipe" \
           "plan --output $T/pipe"; do
	timeout 20 cat "$T/pipe" >"$T/got" &
	reader=$!
	tend --date 2026-11-23 $cmd >/dev/null 2>"$T/err" || fail "$cmd: $(cat "$T/err")"
	wait "$reader"
	[ -p "$T/pipe" ] || fail "$cmd: the FIFO was replaced by a regular file"
	[ -s "$T/got" ] || fail "$cmd: nothing came through the FIFO"
done
# The backup that came through the last-but-two round is a whole database.
timeout 20 cat "$T/pipe" >"$T/through.db" &
reader=$!
tend backup "$T/pipe" >/dev/null
wait "$reader"
intact "$T/through.db" "backup through a FIFO"
[ "$(texts "$T/through.db")" = "A long hug" ] || fail "backup through a FIFO: wrong content"
# Standard output, for a pipe.
tend backup - | cat >"$T/stdout.db"
intact "$T/stdout.db" "backup to standard output"
# A folder is refused, and nothing is made beside it.
mkdir "$T/folder"
one_line 1 "is a directory" "backup into a folder" tend backup "$T/folder"
ls "$T" | grep -q 'folder.tmp' && fail "backup into a folder left a temporary file"

# --- a link is followed to its end, even when it dangles
ln -s "$T/data/tend.db-journal" "$T/to-journal"
ln -s "$T/to-journal" "$T/to-to-journal"
ln -s "$B/tend-2099-01-01.db" "$T/to-backups"
for link in to-journal to-to-journal; do
	one_line 2 "is tend's database" "backup to $link" tend backup "$T/$link"
	one_line 2 "is tend's database" "export to $link" \
		tend export --format csv --output "$T/$link"
	one_line 2 "is tend's database" "plan to $link" tend plan --output "$T/$link"
done
one_line 2 "in tend's backups folder" "backup to a link into the backups" \
	tend backup "$T/to-backups"
one_line 2 "in tend's backups folder" "export to a link into the backups" \
	tend export --format json --output "$T/to-backups"
[ -e "$T/data/tend.db-journal" ] && fail "a journal was written through a dangling link"
[ -e "$B/tend-2099-01-01.db" ] && fail "a backup name was written through a dangling link"
# A link to a file of the user's: the file is replaced, the link stays.
echo old >"$T/mine.db"
ln -s "$T/mine.db" "$T/to-mine"
tend backup "$T/to-mine" >/dev/null || fail "backup through a link to a file"
[ -L "$T/to-mine" ] || fail "backup through a link replaced the link"
intact "$T/mine.db" "backup through a link"

# --- modes are never changed through a link
echo "not tend's" >"$T/other-shm"
chmod 644 "$T/other-shm"
tend --date 2026-11-23 today >/dev/null 2>&1  # closes cleanly: no side files left
rm -f "$D-shm"
ln -s "$T/other-shm" "$D-shm"
chmod 644 "$D"
# (SQLite itself refuses a linked -shm; tend says so in one line.)
rc=0
tend --date 2026-11-23 today >/dev/null 2>"$T/err" || rc=$?
[ "$rc" = 0 ] || [ "$(wc -l <"$T/err")" = 1 ] || fail "today with a linked -shm: $(cat "$T/err")"
mode=$(stat -c %a "$T/other-shm")
[ "$mode" = 644 ] || fail "tend changed the mode of the file $D-shm links to (now $mode)"
[ "$(stat -c %a "$D")" = 600 ] || fail "the database itself was not made private again"
rm -f "$D-shm"
tend --date 2026-11-23 today >/dev/null 2>&1 || fail "today after the link was removed"

# --- a database on a read-only mount: read, never written
# A private mount namespace makes a real read-only bind mount of the data
# folder (as root, or as a user through a user namespace); a user who is
# not root can also just take the write permission away.
ro() { unshare -m sh -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"' ro "$T/data" "$@"; }
rou() { unshare -rm sh -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"' ro "$T/data" "$@"; }
RO=
if [ "$(id -u)" != 0 ]; then
	chmod 500 "$T/data" && chmod 400 "$D" && RO=perm
elif ro true 2>/dev/null; then
	RO=ro
elif rou true 2>/dev/null; then
	RO=rou
fi
if [ -z "$RO" ]; then
	note "SKIP read-only database: no way to make a read-only file here"
else
	note "read-only database through: $RO"
	run_ro() { if [ "$RO" = perm ]; then "$@"; else $RO "$@"; fi; }
	before=$(md5sum <"$D")
	run_ro "$TEND" --config "$C" --db "$D" --date 2026-11-23 today >"$T/out" 2>"$T/err" ||
		fail "today on a read-only database: $(cat "$T/err")"
	grep -q "gestures   1" "$T/out" || fail "today on a read-only database: $(cat "$T/out")"
	run_ro "$TEND" --config "$C" --db "$D" --date 2026-11-23 week >"$T/out" 2>"$T/err" ||
		fail "week on a read-only database: $(cat "$T/err")"
	run_ro "$TEND" --config "$C" --db "$D" export --format csv --output "$T/ro.csv" \
		>/dev/null 2>"$T/err" || fail "export of a read-only database: $(cat "$T/err")"
	grep -q "A long hug" "$T/ro.csv" || fail "export of a read-only database lost the entry"
	run_ro "$TEND" --config "$C" --db "$D" backup "$T/ro-copy.db" >/dev/null 2>"$T/err" ||
		fail "backup of a read-only database: $(cat "$T/err")"
	intact "$T/ro-copy.db" "backup of a read-only database"
	one_line 1 "the database is read-only" "gesture on a read-only database" \
		run_ro "$TEND" --config "$C" --db "$D" --date 2026-11-23 gesture 1 "x"
	[ "$(md5sum <"$D")" = "$before" ] || fail "the read-only database changed"
	for side in -wal -shm -journal; do
		[ -e "$D$side" ] && fail "a $side file was made beside the read-only database"
	done
	# A log left beside it (a tend that was killed) cannot be read there.
	[ "$RO" = perm ] && chmod 700 "$T/data"
	: >"$D-wal"
	[ "$RO" = perm ] && chmod 500 "$T/data"
	one_line 1 "cannot be read without a -shm file" "today with a -wal on a read-only disk" \
		run_ro "$TEND" --config "$C" --db "$D" --date 2026-11-23 today
	[ "$RO" = perm ] && chmod 700 "$T/data" && chmod 600 "$D"
	rm -f "$D-wal"
fi
finish
