#!/bin/sh
# Two dashboards on one database see each other's entries without a key;
# 120x40 uses the room; SIGTERM restores the terminal; a time-out counts
# down; no terminal or an unknown TERM is a one-line error with status 2.
set -eu
. "$(dirname "$0")/lib.sh"

write_config

# Not a terminal: one line on stderr, nothing on stdout, status 2.
status=0
"$TEND" $TEND_ARGS </dev/null >"$T/out" 2>"$T/err" || status=$?
[ "$status" = 2 ] || fail "no terminal: status $status, expected 2"
[ ! -s "$T/out" ] || fail "no terminal: something was printed on stdout"
[ "$(wc -l < "$T/err")" = 1 ] || fail "no terminal: expected one line on stderr"

start_shell a 120 40
start_shell b 80 24

# An unknown TERM: one line, status 2, no escape codes.
tmx send-keys -t b "TERM=no-such-terminal $TEND $TEND_ARGS 2>$T/term-err; echo TERM-EXIT=\$?" Enter
wait_for b "TERM-EXIT=2"
[ "$(wc -l < "$T/term-err")" = 1 ] || fail "unknown TERM: expected one line on stderr"
if grep -q "$(printf '\033')" "$T/term-err"; then fail "unknown TERM: escape codes printed"; fi
# TERM=dumb cannot move the cursor: refused like an unknown TERM, the
# setup form included (no config at that path yet).
tmx send-keys -t b "TERM=dumb $TEND $TEND_ARGS 2>$T/dumb-err; echo DUMB-EXIT=\$?" Enter
wait_for b "DUMB-EXIT=2"
grep -q "cannot move the cursor" "$T/dumb-err" || fail "TERM=dumb: $(cat "$T/dumb-err")"
tmx send-keys -t b "TERM=dumb $TEND --config $T/none.conf 2>$T/dumb-err; echo DUMB2-EXIT=\$?" Enter
wait_for b "DUMB2-EXIT=2"
grep -q "cannot move the cursor" "$T/dumb-err" || fail "TERM=dumb setup: $(cat "$T/dumb-err")"
[ ! -e "$T/none.conf" ] || fail "TERM=dumb: the setup wrote a config"
tmx send-keys -t b "clear; echo BEFORE-TEND-b" Enter
wait_for b "BEFORE-TEND-b"

start_tend a
start_tend b

# 120x40: the trend of the last weeks, more calendar weeks.
expect_screen a "Mood and stress, the last"
expect_screen a "Earlier (mood/stress)"
expect_screen a " 9 Nov"
# Nothing from before the plan began (9 Nov): no empty weeks, no dots.
screen a | grep -qF " 2 Nov" && fail "the touch calendar shows a week before the plan" a
expect_screen a "the last 15 days"

# An entry in b shows up in a within two seconds, without a key in a.
tmx send-keys -t b g
wait_for b "A new gesture"
tmx send-keys -t b 1 Tab
tmx send-keys -t b -l "wave from b"
tmx send-keys -t b Enter
wait_for b "Saved a gesture by Alex"
wait_for a "wave from b" 3
wait_for a "Today Alex 1  Sam 0" 1

# And the other way round: a check-in from a appears in b.
tmx send-keys -t a c
wait_for a "Today's check-in"
tmx send-keys -t a 5 1 Enter
wait_for a "Saved Alex's check-in"
wait_for b "mood 5  stress 1" 3

# A time-out: who called it and which stop-phrase, then a countdown.
tmx send-keys -t a x
wait_for a "Called by"
tmx send-keys -t a 2 Tab 2 Enter
wait_for a "Sam called \"This matters\""
wait_for a "Time-out: 19:5"
wait_for b "Time-out: 19:5" 3
tmx send-keys -t a b
wait_for a "Welcome back"
wait_gone a "Time-out: 19:"
expect_db '^timeout,[0-9]+,2026-11-23,2,'

# A planned return whose time has come: the call to come back shows until
# the return window (24 hours from the call) is over; then the time-out is
# over and x starts a new one.
open_timeout() {
	sqlite3 -cmd ".timeout 5000" "$T/tend.db" "UPDATE timeout SET called_at = $1, \
		scheduled_at = $2 WHERE returned_at IS NULL AND deleted_at IS NULL" >/dev/null
}
"$TEND" --config "$T/tend.conf" --db "$T/tend.db" timeout 1 >/dev/null
now=$(date +%s)
open_timeout $((now - 3600)) $((now - 60))
wait_for a "Time to come back together (b)" 5
expect_screen a "Alex called"
open_timeout $((now - 24 * 3600 - 60)) $((now - 3600))
wait_gone a "Time to come back together" 5
wait_gone a "Alex called" 1
tmx send-keys -t a x
wait_for a "Called by"
tmx send-keys -t a Enter
wait_for a "please pick one"
tmx send-keys -t a a Enter
wait_for a "Time-out: 19:5"
tmx send-keys -t a b
wait_for a "Welcome back"

# SIGTERM: the terminal comes back.
kill -TERM "$(cat "$T/pid-b")"
expect_restored b 1

tmx send-keys -t a q
expect_restored a 0
echo "PASS: sessions"
