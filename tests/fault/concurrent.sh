#!/usr/bin/env bash
# Two writers at the same moment: two fault_writer processes logging 500
# entries each through the store, starting on a new file, then two loops of the tend command line
# logging at once. Every entry must arrive, and nobody may see an error.
. "$(dirname "$0")/common.sh"
N=500
CLI_N=100
[ "$ASAN" = 1 ] && CLI_N=30
tend today >/dev/null 2>&1 || fail "tend today before there is a database"
[ -e "$D" ] && fail "tend today created the database"

# Both writers start on a file that does not exist yet: one creates it
# whole, the other must find it complete (never empty or half made).

"$WRITER" "$D" a "$N" >"$T/a.out" 2>"$T/a.err" &
pa=$!
"$WRITER" "$D" b "$N" >"$T/b.out" 2>"$T/b.err" &
pb=$!
wait $pa || fail "writer a failed: $(cat "$T/a.err")"
wait $pb || fail "writer b failed: $(cat "$T/b.err")"
[ "$(rows "$D")" = $((2 * N)) ] || fail "$(rows "$D") rows after two writers, wanted $((2 * N))"
note "two store writers: $(rows "$D") rows"

cli_loop() {
	local p=$1 i
	for i in $(seq 1 "$CLI_N"); do
		tend gesture "$p" "cli $p $i" >/dev/null 2>>"$T/cli$p.err" ||
			echo "exit $? at $i" >>"$T/cli$p.err"
	done
}
start=$(now_ms)
cli_loop 1 &
p1=$!
cli_loop 2 &
p2=$!
wait $p1 $p2
[ -s "$T/cli1.err" ] && fail "command line 1: $(head -3 "$T/cli1.err")"
[ -s "$T/cli2.err" ] && fail "command line 2: $(head -3 "$T/cli2.err")"
want=$((2 * N + 2 * CLI_N))
[ "$(rows "$D")" = "$want" ] || fail "$(rows "$D") rows in all, wanted $want"
for p in 1 2; do
	got=$(sql "$D" "SELECT count(DISTINCT text) FROM gesture WHERE text LIKE 'cli $p %' AND partner = $p")
	[ "$got" = "$CLI_N" ] || fail "partner $p: $got distinct command-line entries, wanted $CLI_N"
done
intact "$D" "after concurrent writers"
note "two command-line loops of $CLI_N: $(rows "$D") rows in $(( $(now_ms) - start )) ms"
finish
