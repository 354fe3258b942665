#!/usr/bin/env bash
# tend restore puts a backup back (keeping a safety copy), and tend forget
# --all erases everything: afterwards `strings` finds none of the logged
# words in the database, its WAL or the backups folder.
. "$(dirname "$0")/common.sh"
D1=2026-11-23
tend --date $D1 gesture 1 "ROSEMARY-one" >/dev/null || fail "gesture"
tend --date $D1 gesture 2 "ROSEMARY-two" >/dev/null
tend --date $D1 checkin ann --mood 4 --stress 2 --gratitude "ROSEMARY-thanks" >/dev/null
tend --date $D1 repair bo "ROSEMARY-sorry" --accepted >/dev/null
tend --date $D1 touch --stage 1 --giver ann --note "ROSEMARY-touch" >/dev/null
tend backup "$T/mine.db" >/dev/null || fail "backup"
tend --date $D1 gesture 1 "ROSEMARY-later" >/dev/null

# --- restore
tend restore "$T/mine.db" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 0 ] || fail "restore exited $rc: $(cat "$T/err")"
grep -q "^Restored $T/mine.db: 5 entries are now in $D.$" "$T/out" ||
	fail "restore said: $(cat "$T/out")"
safety=$(sed -n 's/^What was there before is kept in \(.*\)$/\1/p' "$T/out")
case "$safety" in
"$B"/tend-before-restore-[0-9]*-[0-9]*.db) ;;
*) fail "safety copy named \"$safety\"" ;;
esac
[ -f "$safety" ] && [ "$(stat -c %a "$safety")" = 600 ] || fail "no private safety copy at $safety"
[ "$(sql "$safety" "SELECT count(*) FROM gesture WHERE text = 'ROSEMARY-later'")" = 1 ] ||
	fail "the safety copy lacks the newest entry"
[ "$(sql "$D" "SELECT count(*) FROM gesture WHERE text = 'ROSEMARY-later'")" = 0 ] ||
	fail "the restored database still has the newer entry"
[ "$(rows "$D")" = 2 ] || fail "$(rows "$D") gestures after restore, wanted 2"
printf 'not a database' >"$T/junk.db"
tend restore "$T/junk.db" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 1 ] && [ "$(cat "$T/err")" = "tend restore: $T/junk.db: not a SQLite database" ] ||
	fail "restoring junk: exit $rc, $(cat "$T/err")"
[ "$(rows "$D")" = 2 ] || fail "a refused restore changed the database"
tend restore >/dev/null 2>&1
[ $? = 2 ] || fail "restore without a file is not a usage error"

# --- forget: refused unless FORGET is typed
tend forget >/dev/null 2>&1
[ $? = 2 ] || fail "forget without --all is not a usage error"
echo no | tend forget --all >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 1 ] && [ "$(cat "$T/err")" = "tend forget: nothing was erased" ] ||
	fail "answering no: exit $rc, $(cat "$T/err")"
grep -q "2 gestures" "$T/out" && grep -q "Type FORGET to erase everything: " "$T/out" ||
	fail "the question did not say what goes: $(cat "$T/out")"
tend forget --all </dev/null >/dev/null 2>&1
[ $? = 1 ] || fail "end of input did not cancel"
[ "$(rows "$D")" = 2 ] || fail "a cancelled forget erased something"

# Before: the words are there to be found (else the check below proves nothing).
[ "$(strings "$D" "$D-wal" "$B"/* 2>/dev/null | grep -c ROSEMARY)" -gt 0 ] ||
	fail "strings finds no logged words even before forget"

# An idle connection of another program stays open meanwhile.
(sleep 3) | sqlite3 -batch "$D" &
reader=$!
nap 0.3
echo FORGET | tend forget --all >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 0 ] || fail "forget exited $rc: $(cat "$T/err")"
grep -q "^Everything was erased (and 2 backups)" "$T/out" || fail "forget said: $(cat "$T/out")"
left=$(strings "$D" "$D-wal" "$B"/* 2>/dev/null | grep -c ROSEMARY)
[ "$left" = 0 ] || fail "strings still finds $left logged words"
note "after forget: $(ls "$B" | wc -l) files in the backups folder, $(stat -c %s "$D") bytes in the database"
wait "$reader"
left=$(strings "$D" "$D-wal" "$B"/* 2>/dev/null | grep -c ROSEMARY)
[ "$left" = 0 ] || fail "after the reader closed, strings finds $left logged words"
[ "$(sql "$D" "SELECT group_concat(name, ' ') FROM partner")" = "Ann Bo" ] ||
	fail "the names were erased too"
intact "$D" "after forget"
tend today >"$T/out" 2>&1 || fail "tend today after forget: $(cat "$T/out")"
[ "$(sql "$D" "SELECT (SELECT count(*) FROM gesture) + (SELECT count(*) FROM checkin) +
	(SELECT count(*) FROM repair) + (SELECT count(*) FROM touch)")" = 0 ] || fail "entries survived"

# --yes-really for scripts.
tend gesture 1 "ROSEMARY-again" >/dev/null
tend forget --all --yes-really >"$T/out" 2>"$T/err" || fail "--yes-really: $(cat "$T/err")"
grep -q "Type FORGET" "$T/out" && fail "--yes-really still asked"
[ "$(rows "$D")" = 0 ] || fail "--yes-really left entries"

# When today's automatic backup cannot be made, tend still works and warns.
rm -rf "$B"
: >"$B"
tend today >"$T/out" 2>"$T/err" || fail "tend today without a backups folder failed"
grep -q "^tend today: warning: today's automatic backup was not made: $B: could not create the backup folder: " \
	"$T/err" || fail "no warning about the backup: $(cat "$T/err")"
rm -f "$B"
tend today >"$T/out" 2>"$T/err"
[ -s "$T/err" ] && fail "a warning with a working backups folder: $(cat "$T/err")"
ls "$B"/tend-*.db >/dev/null 2>&1 || fail "no automatic backup was made"
finish
