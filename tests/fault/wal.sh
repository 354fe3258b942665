#!/usr/bin/env bash
# A WAL left by a killed tend with one flipped byte in a frame: tend checks
# it before SQLite replays it (which would keep only the frames before the
# damage and then empty the WAL). tend refuses, keeps copies of the
# database and the WAL aside, and names the two ways out: a restore from a
# backup, or going on without the damaged part. A write cut short at the
# end of the WAL is normal, and a WAL that another tend has open is left
# alone.
. "$(dirname "$0")/common.sh"
D1=2026-11-23

# An idle connection of another program (its input never ends): $holder.
hold() {
	sqlite3 -cmd "SELECT count(*) FROM gesture;" "$D" <&"$NAP_FD" >/dev/null &
	holder=$!
}
# A WAL "left by a killed dashboard": an idle reader keeps the WAL from
# being emptied while nine gestures are logged, then is killed.
make_wal() {
	rm -rf "$T/data"
	tend --date $D1 gesture 1 "before" >/dev/null || fail "first gesture"
	tend backup "$T/backup.db" >/dev/null || fail "backup"
	hold
	nap 0.3
	for i in 1 2 3 4 5 6 7 8 9; do
		tend --date $D1 gesture 2 "logged-$i" >/dev/null || fail "gesture $i"
	done
	kill -9 "$holder"
	wait "$holder" 2>/dev/null
	[ -s "$D-wal" ] || fail "no WAL was left"
}
# flip FILE OFFSET: xor one byte.
flip() {
	python3 -c 'import sys
f = open(sys.argv[1], "r+b"); f.seek(int(sys.argv[2])); b = f.read(1)
f.seek(int(sys.argv[2])); f.write(bytes([b[0] ^ 0x5a])); f.close()' "$1" "$2"
}
frame_at() { echo $((32 + ($1 - 1) * (24 + 4096))); }
frames() { echo $((($(stat -c %s "$D-wal") - 32) / (24 + 4096))); }
damaged() { ls "$B" 2>/dev/null | grep -c '^tend-damaged-.*\.db$'; }

# --- a flipped byte in a frame in the middle: refused, copies kept
make_wal
n=$(frames)
note "$n frames in the WAL"
flip "$D-wal" $(($(frame_at $((n / 2))) + 24 + 200))
cp "$D-wal" "$T/flipped-wal"
tend --date $D1 today >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 1 ] || fail "a damaged WAL: exit $rc, $(cat "$T/err")"
[ "$(wc -l <"$T/err")" = 1 ] || fail "not one line: $(cat "$T/err")"
for w in "are damaged" "tend restore FILE" "tend restore --drop-damaged" "$B/tend-damaged-"; do
	grep -qF -- "$w" "$T/err" || fail "the refusal does not say \"$w\": $(cat "$T/err")"
done
[ ! -s "$T/out" ] || fail "something was shown from a damaged database"
cmp -s "$D-wal" "$T/flipped-wal" || fail "the WAL was changed"
[ "$(damaged)" = 1 ] || fail "expected one copy aside, found $(damaged)"
kept=$(ls "$B"/tend-damaged-*.db)
cmp -s "$kept-wal" "$T/flipped-wal" || fail "the WAL kept aside is not the damaged one"
[ "$(stat -c %a "$kept")" = 600 ] && [ "$(stat -c %a "$kept-wal")" = 600 ] || fail "copies not 0600"
# Met again: refused again, with the same copies.
tend --date $D1 gesture 1 "more" >/dev/null 2>&1 && fail "a gesture was saved over a damaged WAL"
[ "$(damaged)" = 1 ] || fail "the same damage was copied twice"

# --- going on without the damaged part, chosen knowingly
tend restore --drop-damaged >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 0 ] || fail "--drop-damaged: exit $rc, $(cat "$T/err")"
grep -q "^Went on without the damaged part: [0-9]* saved changes* after it" "$T/out" ||
	fail "--drop-damaged said: $(cat "$T/out")"
left=$(sql "$D" "SELECT count(*) FROM gesture")
[ "$left" -ge 1 ] && [ "$left" -lt 10 ] || fail "$left gestures after dropping the damage"
tend --date $D1 gesture 1 "after" >/dev/null || fail "tend does not go on after --drop-damaged"
cmp -s "$kept-wal" "$T/flipped-wal" || fail "the copy of the WAL changed"
tend restore --drop-damaged >/dev/null 2>"$T/err"
[ $? = 1 ] && grep -q "nothing in it is damaged" "$T/err" || fail "--drop-damaged twice: $(cat "$T/err")"

# --- or a backup put back: the damaged pair is moved aside, nothing lost
make_wal
n=$(frames)
flip "$D-wal" $(($(frame_at 2) + 24 + 300))
tend today >/dev/null 2>&1 && fail "the second damaged WAL was opened"
tend restore "$T/backup.db" >"$T/out" 2>"$T/err" || fail "restore over a damaged WAL: $(cat "$T/err")"
grep -q "^The damaged database was moved to " "$T/out" || fail "restore said: $(cat "$T/out")"
[ "$(sql "$D" "SELECT group_concat(text) FROM gesture")" = before ] || fail "the backup is not in place"

# --- a write cut short at the end (the kill) is normal
make_wal
truncate -s $(($(stat -c %s "$D-wal") - 1000)) "$D-wal"
before=$(damaged)
tend --date $D1 today >/dev/null 2>"$T/err" || fail "a WAL cut short at the end was refused: $(cat "$T/err")"
[ "$(damaged)" = "$before" ] || fail "a WAL cut short at the end was taken for damage"
[ "$(sql "$D" "SELECT count(*) FROM gesture")" = 9 ] || fail "the last gesture was not the only one lost"

# --- a WAL another tend has open is not judged (that one trusts its index)
make_wal
hold
nap 0.3
n=$(frames)
before=$(damaged)
tend --date $D1 today >/dev/null 2>"$T/err" || fail "an open database was refused: $(cat "$T/err")"
[ "$(damaged)" = "$before" ] || fail "copies were made of a WAL in use"
kill "$holder"
wait "$holder" 2>/dev/null

finish
