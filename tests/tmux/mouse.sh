#!/bin/sh
# A mouse click focuses the panel under it: click the Repairs panel, then
# Enter opens that panel's history.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
"$TEND" --config "$T/tend.conf" --db "$T/tend.db" --date 2026-11-23 \
	repair 1 "Sorry for snapping" >/dev/null
start_shell a 80 24
start_tend a
wait_for a "Repairs"

# Find the screen row of the Repairs panel's title, then click just below it.
row=$(screen a | grep -n "─ Repairs" | head -1 | cut -d: -f1)
[ -n "$row" ] || fail "no Repairs panel on screen" a
# xterm's mouse report: ESC [ M, then button, column and row, each + 32
# (1-based); a press of button 1, then a release.
click=$(python3 -c "import sys; c, r = 6, $row + 1
sys.stdout.write('\x1b[M' + chr(32) + chr(32 + c) + chr(32 + r) +
                 '\x1b[M' + chr(35) + chr(32 + c) + chr(32 + r))")
tmx send-keys -t a -l "$click"
sleep 0.3
tmx send-keys -t a Enter
wait_for a "Repairs: 1 entr"
expect_screen a "Sorry for snapping"
send_esc a
wait_for a "This week, 23-29 Nov"
tmx send-keys -t a q
expect_restored a 0
echo "PASS: mouse"
