#!/bin/sh
# The screen with names and texts beyond ASCII: headings whole, initials
# from any script, emoji sequences as wide as they are measured.
set -eu
. "$(dirname "$0")/lib.sh"

# lines_fit PANE COLS: no line of the screen is wider than COLS columns as
# wcwidth measures it (a ZWJ sequence drawn narrower by tmux than by
# ncurses shifts the rest of its row).
lines_fit() {
	screen "$1" | while IFS= read -r line; do
		[ "$(printf '%s\n' "$line" | wc -L)" -le "$2" ] ||
			fail "a line is wider than $2 columns: $line" "$1"
	done
}

# click PANE TEXT: a mouse click (xterm's report, as in mouse.sh) on the
# first character of TEXT where it first shows on screen.
click() {
	_pos=$(screen "$1" | python3 -c '
import sys, unicodedata
want = sys.argv[1]
for row, line in enumerate(sys.stdin.read().split("\n")):
    i = line.find(want)
    if i >= 0:
        col = sum(2 if unicodedata.east_asian_width(c) in "WF" else
                  0 if unicodedata.category(c) in ("Mn", "Cf") else 1 for c in line[:i])
        print(row + 1, col + 1)
        break' "$2")
	[ -n "$_pos" ] || fail "nothing to click: \"$2\" is not on screen" "$1"
	set -- "$1" $_pos
	tmx send-keys -t "$1" -l "$(python3 -c "import sys; r, c = $2, $3
sys.stdout.write('\x1b[M' + chr(32) + chr(32 + c) + chr(32 + r) +
                 '\x1b[M' + chr(35) + chr(32 + c) + chr(32 + r))")"
}

# The setup form's heading is one sentence, shown whole.
start_shell s 80 24
tmx send-keys -t s "$TEND --config $T/new/tend.conf --db $T/new.db --date 2026-11-23; echo TEND-EXIT=\$?" Enter
wait_for s "Welcome to tend"
expect_screen s "Let's set up your dashboard. Everything can be changed later."
send_esc s
wait_for s "TEND-EXIT=1"

cat > "$T/tend.conf" <<'CONF'
partner "Zoë" { color = "cyan" }
partner "美咲" { color = "magenta" }
start-date = "2026-11-09"
CONF
chmod 600 "$T/tend.conf"
run() { "$TEND" --config "$T/tend.conf" --db "$T/tend.db" --date 2026-11-23 "$@" >/dev/null; }
run checkin 1 --mood 4 --stress 2 --gratitude "walk 👨‍👩‍👧 🏳️‍🌈 x"
run checkin 2 --mood 3 --stress 2
run gesture 2 "tea 👩‍❤️‍👨 for two"
# Only the screen shows the parts: what is saved and exported stays whole.
export_csv | grep -qF "walk 👨‍👩‍👧 🏳️‍🌈 x" || fail "the export lost the emoji sequence"

start_shell a 100 30
start_tend a
# The week marks each check-in with the partner's initial, whatever the
# script: Z for Zoë, 美 for 美咲.
screen a | grep -qE "Check-ins +Z美( |│)" || fail "expected the check-ins as Z美" a
# Every row keeps its borders where ncurses put them.
expect_screen a '"walk 👨👩👧 🏳️🌈 x"'
# A click on a footer key does what the key does; a click on a form's
# choice picks it.
click a "g gesture"
wait_for a "A new gesture"
click a "2 美咲"
wait_for a "[2 美咲]"
click a "1 Zoë"
wait_for a "[1 Zoë]"
send_esc a
wait_for a "Cancelled: nothing was saved."
wait_for a "w week"
click a "w week"
wait_for a "Week of 23 Nov - 29 Nov 2026 (this week)"
send_esc a
wait_for a "Stage 2 comes in week 5"
# The help says color, as the config does.
tmx send-keys -t a '?'
wait_for a "in your color"
send_esc a
wait_for a "Stage 2 comes in week 5"
# The names column is as wide as the wider name on screen (美咲: 4), not
# its bytes.
expect_screen a "│ Zoë   mood 4  stress 2"
expect_screen a "│ 美咲  mood 3  stress 2"
lines_fit a 100
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a Escape
sleep 0.3
lines_fit a 100

# The week view walks back to the plan's first week and on to its last
# (day 60 is Thu 7 Jan 2027), no further; a note never hides the keys and
# goes once the week moves.
tmx send-keys -t a w
wait_for a "Week of 23 Nov - 29 Nov 2026 (this week)"
tmx send-keys -t a Left Left Left
wait_for a "This is the first week of your plan."
expect_screen a "Week of 9 Nov - 15 Nov 2026"
expect_screen a "move by week   t this week   Esc back"
tmx send-keys -t a Right
wait_for a "Week of 16 Nov - 22 Nov 2026"
wait_gone a "This is the first week of your plan."
for i in 1 2 3 4 5 6 7 8; do tmx send-keys -t a Right; done
wait_for a "This is the last week of your plan."
expect_screen a "Week of 4 Jan - 10 Jan 2027"
expect_screen a "move by week   t this week   Esc back"
tmx send-keys -t a t
wait_for a "(this week)"
wait_gone a "This is the last week of your plan."
send_esc a
wait_for a "Stage 2 comes in week 5"
# The history's note shows above its keys too.
tmx send-keys -t a Enter
wait_for a "Everything: 3 entries"
# Names take one column of the same width, however many bytes they are.
expect_screen a "Mon 23 Nov Zoë  check-in mood 4"
expect_screen a "Mon 23 Nov 美咲 check-in mood 3"
tmx send-keys -t a d
wait_for a "Are you sure?"
tmx send-keys -t a y
wait_for a "Press u to bring it back."
expect_screen a "Enter change   d delete   u undo"
tmx send-keys -t a u
wait_for a "Everything: 3 entries"
send_esc a
wait_for a "Stage 2 comes in week 5"

# panels_at PANE COLS LINES PANEL...: resized, those panels show with the
# footer.
panels_at() {
	_p=$1 _c=$2 _l=$3
	shift 3
	tmx resize-window -t "$_p" -x "$_c" -y "$_l"
	wait_for "$_p" "check-in"
	sleep 0.3
	for _panel in "$@"; do
		expect_screen "$_p" "─ $_panel "
	done
	screen "$_p" | tail -n 1 | grep -q "check-in" || fail "no footer at ${_c}x$_l" "$_p"
	lines_fit "$_p" "$_c"
}
# A tmux pane of an 80x24 terminal (80x23), and one line less: all panels.
panels_at a 80 23 Check-in Gestures Repairs "This week, 23-29 Nov" Touch
expect_screen a "23 Nov"
panels_at a 80 22 Check-in Gestures Repairs "This week, 23-29 Nov" Touch
expect_screen a "mood 4  stress 2"
# Smaller: today's four panels, without the week.
panels_at a 79 21 Check-in Gestures Repairs Touch
expect_screen a "Stage 1: gentle touch"
if screen a | grep -qF "This week, 23-29 Nov"; then fail "the week panel shows at 79x21" a; fi
panels_at a 70 20 Check-in Gestures Repairs Touch
# A note from an earlier step may still sit on the key line for a moment.
_end=$(( $(date +%s) + 15 ))
until screen a | tail -n 1 | grep -qF "quit"; do
	[ "$(date +%s)" -lt "$_end" ] || break
	sleep 0.2
done
for text in check-in gesture repair touch "x time-out" week undo plan "? help" quit; do
	screen a | tail -n 1 | grep -qF "$text" || fail "\"$text\" missing from the footer at 70x20" a
done
panels_at a 60 18 Check-in Gestures Repairs Touch
expect_screen a "Zoë & 美咲"
expect_screen a "mood 3  stress 2"
expect_screen a "This week: 0 of 3"
# Tab walks the four panels shown, never the hidden week: Enter after
# four Tabs lists the check-ins again.
tmx send-keys -t a Tab Tab Tab Tab Enter
wait_for a "Check-ins: 2 entries"
send_esc a
wait_for a "─ Check-in "
# The full-screen views keep their key line clear: the help scrolls, the
# week leaves its summary out.
tmx send-keys -t a '?'
wait_for a "Down: more"
tmx send-keys -t a End
wait_for a "Up: back to the top"
expect_screen a "sparklines"
send_esc a
wait_for a "─ Check-in "
tmx send-keys -t a w
wait_for a "(this week)"
screen a | grep -qE "move by week   t this week   Esc back +│" ||
	fail "the week's key line is written over at 60x18" a
send_esc a
wait_for a "─ Check-in "
tmx resize-window -t a -x 59 -y 18
wait_for a "Please make the window at least 60x18 (now 59x18)."
tmx resize-window -t a -x 100 -y 30
wait_for a "This week, 23-29 Nov"
tmx send-keys -t a q
expect_restored a 0

# Day 5 at 200x60: the days before day 1 (Thu 19 Nov) stay empty, the
# tall week panel shows each partner's own rows, and the touch panel lists
# the latest sessions in its room.
"$TEND" --config "$T/tend.conf" --db "$T/tend.db" --date 2026-11-22 touch --stage 1 \
	--giver 1 --minutes 20 --light green --note "slow and easy" >/dev/null
run touch --stage 1 --giver 2 --light yellow
sed -i 's/start-date = "2026-11-09"/start-date = "2026-11-19"/' "$T/tend.conf"
start_shell b 200 60
start_tend b
wait_for b "Day 5 of 60"
expect_screen b "Thu 19 Nov Zoë -"
if screen b | grep -qF "Wed 18 Nov"; then fail "the check-ins list days before day 1" b; fi
# Plan weeks start on day 1's weekday: one row from Thu 19 Nov, Thu-Sat
# dots, Sun the green session, Mon the yellow one; no row before day 1.
screen b | grep -qE "Thu Fri Sat Sun Mon Tue Wed" || fail "the touch calendar's week is not a plan week" b
screen b | grep -qE "19 Nov  ·   ·   ·   G   Y" ||
	fail "the touch calendar does not start on day 1" b
if screen b | grep -qE "12 Nov  "; then fail "the touch calendar shows a week before day 1" b; fi
expect_screen b "Zoë gestures"
expect_screen b "美咲 repairs"
expect_screen b "Bids to/away"
expect_screen b "Latest"
screen b | grep -qE "Mon 23 Nov 美咲 +stage 1, time not noted, yellow" ||
	fail "the latest touch session is not listed" b
screen b | grep -qE "Sun 22 Nov Zoë +stage 1, 20 min, green: slow and easy" ||
	fail "the session before it is not listed" b
lines_fit b 200
tmx send-keys -t b q
expect_restored b 0
# Time-outs start now, so these two dashboards run on the real day (no
# --date): nothing below depends on which day it is.
write_config
start_plain() {
	tmx send-keys -t "$1" "$TEND --config $T/tend.conf --db $T/tend.db; echo TEND-EXIT=\$?" Enter
	wait_for "$1" "This week"
}
start_shell c 80 24
start_plain c
start_shell d 80 24
start_plain d
# The other dashboard ends the pause: its note goes at once, not seconds
# later.
tmx send-keys -t c x
wait_for c "Called by"
tmx send-keys -t c 1 Enter
wait_for c "Pause started: back at"
wait_for d "Alex called"
tmx send-keys -t d b
wait_for d "Welcome back"
wait_gone c "Alex called" 3
wait_gone c "Pause started" 2
# s during the pause: the box shows the planned return, not the countdown.
tmx send-keys -t c x
wait_for c "Called by"
tmx send-keys -t c 2 Enter
wait_for c "Sam called"
wait_for c " left"
tmx send-keys -t c s
wait_for c "When will you come back to it?"
tmx send-keys -t c C-u
tmx send-keys -t c -l "$(date -d '+2 hours' +%H:%M)"
tmx send-keys -t c Enter
wait_for c "Planned: you come back"
wait_for c "Coming back "
expect_screen c "Sam called"
expect_screen c "Time-out: coming back"
if screen c | grep -qE "[0-9]+:[0-9][0-9] left"; then fail "the countdown shows after the return was planned" c; fi
tmx send-keys -t c b
wait_for c "Welcome back"
tmx send-keys -t c q
expect_restored c 0
tmx send-keys -t d q
expect_restored d 0
echo "PASS: screen"
