#!/usr/bin/env bash
# Another program holds the write lock for 10 seconds. tend keeps trying for
# a few seconds, then gives up with exit status 1 and the clear "busy"
# message, having written nothing; reading still works meanwhile; once the
# lock is released, saving works again.
. "$(dirname "$0")/common.sh"
tend gesture 1 "before the lock" >/dev/null || fail "first gesture"
before=$(rows "$D")

(echo "BEGIN IMMEDIATE;"; echo "SELECT 'locked';"; sleep 10; echo "COMMIT;") |
	sqlite3 -batch "$D" >"$T/holder.out" 2>&1 &
holder=$!
# Wait until the other program really holds the lock.
for _ in $(seq 1 100); do
	grep -q locked "$T/holder.out" && break
	nap 0.05
done
grep -q locked "$T/holder.out" || fail "the lock holder did not start: $(cat "$T/holder.out")"

tend today >"$T/out" 2>"$T/err" || fail "reading while locked failed: $(cat "$T/err")"
start=$(now_ms)
tend gesture 2 "during the lock" >"$T/out" 2>"$T/err"
rc=$?
took=$(( $(now_ms) - start ))
[ "$rc" = 1 ] || fail "exit status $rc while locked, wanted 1"
want="tend gesture: $D: the database is busy (another tend, or another program, is saving); nothing was written"
[ "$(cat "$T/err")" = "$want" ] || fail "stderr while locked: $(cat "$T/err")"
[ -s "$T/out" ] && fail "stdout while locked: $(cat "$T/out")"
[ "$took" -ge 4000 ] && [ "$took" -le 9500 ] || fail "gave up after $took ms, wanted 4-9.5 s"
note "while locked: exit $rc after $took ms: $(cat "$T/err")"

wait "$holder"
[ "$(rows "$D")" = "$before" ] || fail "$(rows "$D") rows after the lock, wanted $before"
[ "$(sql "$D" "SELECT count(*) FROM gesture WHERE text = 'during the lock'")" = 0 ] ||
	fail "the refused gesture was written"
tend gesture 2 "after the lock" >"$T/out" 2>"$T/err" || fail "after the lock: $(cat "$T/err")"
[ "$(rows "$D")" = $((before + 1)) ] || fail "the gesture after the lock is missing"
intact "$D" "after the lock"
finish
