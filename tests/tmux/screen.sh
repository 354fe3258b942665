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

start_shell a 100 30
start_tend a
# The week marks each check-in with the partner's initial, whatever the
# script: Z for Zoë, 美 for 美咲.
screen a | grep -qE "Check-ins +Z美( |│)" || fail "expected the check-ins as Z美" a
# Every row keeps its borders where ncurses put them.
expect_screen a "walk 👨👩👧 🏳️🌈 x"
lines_fit a 100
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a Escape
sleep 0.3
lines_fit a 100
tmx send-keys -t a q
expect_restored a 0
echo "PASS: screen"
