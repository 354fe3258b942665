#!/usr/bin/env bash
# A writer killed with SIGKILL at random moments, hundreds of times: while it
# opens the file, in the middle of a transaction, between two. Every entry
# it reported saved must be there afterwards, the file must never be empty
# and SQLite's integrity check must pass.
. "$(dirname "$0")/common.sh"
# How many kills, and the longest delay before each (ms): long enough for a
# writer to start and save some, which a sanitized one does slowly.
KILLS=250
CLI_KILLS=40
MAX_MS=60
CLI_MAX_MS=200
if [ "$ASAN" = 1 ]; then
	KILLS=80
	CLI_KILLS=10
	MAX_MS=400
	CLI_MAX_MS=800
fi
# On a busy machine a writer may need longer than that just to start; the
# kills then scale with the time one writer takes to make a file and save.
t0=$(date +%s%N)
"$WRITER" "$T/probe.db" probe 1 >/dev/null 2>&1 || fail "a writer cannot save"
start_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
rm -f "$T"/probe.db*
[ $((start_ms * 3)) -le "$MAX_MS" ] || MAX_MS=$((start_ms * 3))
[ $((start_ms * 6)) -le "$CLI_MAX_MS" ] || CLI_MAX_MS=$((start_ms * 6))
# nap for a random time below $1 ms.
nap_below() {
	local s r=$((RANDOM % $1))
	printf -v s '%d.%03d' $((r / 1000)) $((r % 1000))
	nap "$s"
}
# No database yet: the first writers may be killed while they make it, which
# must leave either no file or a whole one, never an empty one.
started=0
for i in $(seq 1 "$KILLS"); do
	"$WRITER" "$D" "k$i" 100000 >"$T/out.$i" 2>"$T/err" &
	pid=$!
	nap_below "$MAX_MS"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	[ -s "$T/out.$i" ] && started=$((started + 1))
	[ -s "$T/err" ] && fail "writer $i: $(cat "$T/err")"
	[ ! -e "$D" ] || [ -s "$D" ] || fail "the database is empty after kill $i"
	[ $((i % 50)) -eq 0 ] && [ -e "$D" ] && intact "$D" "after $i kills"
done
note "$KILLS store writers killed, $started of them after saving something"
cat "$T"/out.* | sed -n 's/^saved //p' >"$T/saved"

[ -s "$D" ] || fail "no writer made the database"
# The command line itself, killed anywhere between start and exit.
cli_saved=0
for i in $(seq 1 "$CLI_KILLS"); do
	# A kill can land before the child even opens its output file: start
	# from none, so an earlier run's "Saved" is never read as this one's.
	rm -f "$T/out" "$T/err"
	# Not through the tend function: $! must be tend itself.
	"$TEND" --config "$C" --db "$D" gesture 1 "c$i" >"$T/out" 2>"$T/err" &
	pid=$!
	nap_below "$CLI_MAX_MS"
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	if grep -q '^Saved a gesture' "$T/out" 2>/dev/null; then
		echo "c$i" >>"$T/saved"
		cli_saved=$((cli_saved + 1))
	fi
	[ -s "$T/err" ] 2>/dev/null && fail "tend gesture $i: $(cat "$T/err")"
	[ -s "$D" ] || fail "the database is empty after command-line kill $i"
done
note "$CLI_KILLS command-line writers killed, $cli_saved of them after saving"

intact "$D" "after every kill"
sort -u "$T/saved" >"$T/saved.sorted"
texts "$D" >"$T/present"
missing=$(comm -23 "$T/saved.sorted" "$T/present" | head -5)
[ -z "$missing" ] || fail "reported saved but missing: $missing"
note "$(wc -l <"$T/saved.sorted") entries reported saved, $(rows "$D") in the file"
# And tend still opens it and writes to it.
tend gesture 2 "after the storm" >/dev/null || fail "tend cannot write after the kills"
intact "$D" "at the end"
finish
