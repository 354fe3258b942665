#!/usr/bin/env bash
# The disk fills up while tend writes: a file size limit (prlimit --fsize,
# which works for everyone) and, when we may mount one, a tiny tmpfs that
# is really full. Wanted: a clear message, exit status 1, and the earlier
# data intact.
. "$(dirname "$0")/common.sh"
"$WRITER" "$D" early 200 >/dev/null || fail "could not fill the database"
tend today >/dev/null || fail "tend today"
before=$(rows "$D")
# The longest text tend takes: 10,000 four-byte characters, 40,000 bytes.
big=$(python3 -c 'print("\U0001F600" * 10000, end="")')

# check_full WHAT WHY: the last command failed as a full disk should.
check_full() {
	[ "$rc" = 1 ] || fail "$1: exit status $rc, wanted 1 (stderr: $(cat "$T/err"))"
	[ "$(cat "$T/err")" = "tend gesture: $D: could not save; nothing was written: $2" ] ||
		fail "$1: unclear message: $(cat "$T/err")"
	[ -s "$T/out" ] && fail "$1: stdout says: $(cat "$T/out")"
	intact "$D" "$1"
	[ "$(rows "$D")" = "$before" ] || fail "$1: $(rows "$D") rows, wanted $before"
	cmp -s <(texts "$D") "$T/early" || fail "$1: the earlier entries changed"
	note "$1: exit $rc: $(cat "$T/err")"
}
texts "$D" >"$T/early"

# A 32 KiB limit on any file tend writes: the WAL cannot take the big text.
prlimit --fsize=32768 "$TEND" --config "$C" --db "$D" gesture 1 "$big" >"$T/out" 2>"$T/err"
rc=$?
check_full "file size limit" "the file size limit (ulimit -f) was reached"
tend gesture 1 "small one" >/dev/null || fail "saving after the limit failed"
before=$((before + 1))
texts "$D" >"$T/early"

# A real full disk: a 1 MiB tmpfs, filled up but for 60 KiB.
M="$T/small"
mkdir -p "$M"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=1m,mode=700 tmpfs "$M" 2>/dev/null; then
	trap 'umount "$M" 2>/dev/null; cleanup' EXIT
	SD="$M/tend.db"
	cp "$D" "$SD"
	"$TEND" --config "$C" --db "$SD" today >/dev/null || fail "tend on the tmpfs"
	free=$(df -B1 --output=avail "$M" | tail -1)
	head -c $((free - 45000)) /dev/zero >"$M/filler" 2>/dev/null
	"$TEND" --config "$C" --db "$SD" gesture 1 "$big" >"$T/out" 2>"$T/err"
	rc=$?
	saved_D=$D
	D=$SD
	check_full "full disk" "the disk is full"
	rm -f "$M/filler"
	tend gesture 1 "room again" >/dev/null || fail "saving once there is room failed"
	D=$saved_D
	umount "$M" || fail "could not unmount $M"
	trap cleanup EXIT
else
	note "no tmpfs (not root, or mount refused): only the file size limit was tried"
fi
finish
