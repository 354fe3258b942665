#!/bin/sh
# The plan view (p): opened on today with the phase of the day, the day's row
# and the check-ins counted from the log; a task ticked by hand is stored,
# seen by a second dashboard and still there after quitting; ASCII works; a
# tiny window and back; a plan file with two phases swapped shows the swap.
set -eu
. "$(dirname "$0")/lib.sh"
PLAN_SRC=$(dirname "$0")/../../data/plan.conf

write_config
# A plan whose twelve jobs are ticked by hand (the installed one ticks them
# from tend task's list): the one box of phase 2 to tick.
sed '/task "top-12"/,/}/{/measure = "tasks"/d}' "$PLAN_SRC" >"$T/plan.conf"
echo "plan-file = \"$T/plan.conf\"" >>"$T/tend.conf"
# Both check in on day 15 (Mon 23 Nov) through the command line first.
"$TEND" $TEND_ARGS checkin 1 --mood 3 --stress 3 >/dev/null
"$TEND" $TEND_ARGS checkin 2 --mood 4 --stress 2 >/dev/null

ticks() {
	sqlite3 "$T/tend.db" "SELECT task || ' ' || period || ' ' || done FROM plan_tick ORDER BY task"
}

start_shell a 80 24
start_tend a
expect_screen a "Now: Share the load"

tmx send-keys -t a p
wait_for a "The plan: day 15 of 60"
expect_screen a "Phase 2: Share the load"
expect_screen a "Week 3, Mon 23 Nov - Sun 29 Nov  this week"
screen a | grep -qE "Mon 23 Nov +day 15 +today +✓ check-in" ||
	fail "today's row with both check-ins" a
expect_screen a "check-ins 1 of 7 days"
expect_screen a "touch 0 of 3 this week"
expect_screen a "talks 0 of 1 this week"
expect_screen a "[ ] to do this phase"
# Days already behind show what was met, on their own rows.
# (The tasks above wrap onto as many lines as they need.)
for i in $(seq 1 30); do
	screen a | grep -qF "Sun 22 Nov  day 14" && break
	tmx send-keys -t a Up
	sleep 0.05
done
wait_for a "Sun 22 Nov  day 14"
# A past week's task is wrapped, not cut.
expect_screen a "lines, and write them down"
screen a | grep -qE "Sun 22 Nov +day 14 +· check-in +· gestures 0\+0" ||
	fail "day 14's row: nothing logged" a
tmx send-keys -t a t
wait_for a "▶Mon 23 Nov"

# A second dashboard on the same file, in its plan view too.
start_shell b 80 24
start_tend b
tmx send-keys -t b p
wait_for b "The plan: day 15 of 60"

# Tab goes to the first box after the cursor (the twelve jobs; the weekly talk
# ticks itself from the log); Space ticks it.
[ -z "$(ticks)" ] || fail "ticks before any was made: $(ticks)"
tmx send-keys -t a Tab
wait_for a "▶  [ ] to do this phase"
tmx send-keys -t a Space
wait_for a "Ticked: List the 12 jobs"
wait_for a "[x] done this phase"
[ "$(ticks)" = "top-12 2026-11-23 1" ] || fail "the stored tick: $(ticks)"
wait_for b "[x] done this phase"

# A line that is no box says so; Esc goes back to the dashboard.
tmx send-keys -t a t Space
wait_for a "Only tasks with a box [ ] are ticked by hand"
send_esc a
wait_for a "This week, 23-29 Nov"
tmx send-keys -t a q
expect_restored a 0
tmx send-keys -t b q q
expect_restored b 0

# Reopened: the tick is still there; untick and tick again.
start_tend a
tmx send-keys -t a p
wait_for a "[x] done this phase"
tmx send-keys -t a Tab Space
wait_for a "Unticked: List the 12 jobs"
wait_for a "[ ] to do this phase"
[ "$(ticks)" = "top-12 2026-11-23 0" ] || fail "the untick: $(ticks)"
tmx send-keys -t a Enter
wait_for a "[x] done this phase"
[ "$(ticks)" = "top-12 2026-11-23 1" ] || fail "the tick again: $(ticks)"

# Too small and back, in the plan view.
tmx resize-window -t a -x 30 -y 8
wait_for a "60x18"
tmx resize-window -t a -x 1 -y 1
sleep 0.3
tmx resize-window -t a -x 100 -y 30
wait_for a "The plan: day 15 of 60"
expect_screen a "[x] done this phase"
tmx resize-window -t a -x 80 -y 24
wait_for a "The plan: day 15 of 60"
tmx send-keys -t a p
wait_for a "This week, 23-29 Nov"
tmx send-keys -t a q
expect_restored a 0

# Without UTF-8: ASCII marks, same tick.
tmx send-keys -t a "LC_ALL=C LANG=C $TEND $TEND_ARGS; echo TEND-EXIT=\$?" Enter
wait_for a "This week"
tmx send-keys -t a p
wait_for a "The plan: day 15 of 60"
screen a | grep -qE ">Mon 23 Nov +day 15 +today +\* check-in" || fail "ASCII today's row" a
expect_screen a "[x] done this phase"
tmx send-keys -t a q q
wait_for a "TEND-EXIT=0"

# A plan file with its first two phases swapped: day 15 is now "Ground rules".
awk '
	/^phase "ground-rules"/ { part = 1 }
	/^phase "rebalance"/ { part = 2 }
	/^phase "closer"/ { part = 3; printf "%s%s", two, one }
	part == 1 { sub(/first = 1$/, "first = 15"); sub(/last = 14$/, "last = 28"); one = one $0 "\n"; next }
	part == 2 { sub(/first = 15$/, "first = 1"); sub(/last = 28$/, "last = 14"); two = two $0 "\n"; next }
	{ print }
' "$PLAN_SRC" > "$T/swapped.conf"
grep -q 'title = "Share the load"' "$T/swapped.conf" || fail "the swapped plan file"
grep -v "^plan-file" "$T/tend.conf" >"$T/swapped-tend.conf"
echo "plan-file = \"$T/swapped.conf\"" >> "$T/swapped-tend.conf"
tmx send-keys -t a "clear; $TEND --config $T/swapped-tend.conf --db $T/swapped.db --date 2026-11-23; echo TEND-EXIT=\$?" Enter
wait_for a "Now: Ground rules"
tmx send-keys -t a p
wait_for a "Phase 2: Ground rules  days 15-28"
expect_screen a "Keep big talks out of the late evening"
tmx send-keys -t a Home
wait_for a "Phase 1: Share the load  days 1-14"
tmx send-keys -t a q q
wait_for a "TEND-EXIT=0"
echo "PASS: plan"
