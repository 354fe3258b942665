#!/bin/sh
# The Window tab on the practices screen ('o'), at 80x24, on Mon 23 Nov
# 2026, day 29 (start 2026-10-26), the first day the plan asks for the open
# windows: 1 sets window 1 through a form that refuses a bad time; the
# dashboard's second line and the touch panel then show today's window, the
# full-screen week has a row with its time; u takes it back; an empty day
# in the form leaves a window unset.
set -eu
. "$(dirname "$0")/lib.sh"

cat > "$T/tend.conf" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-10-26"
invitations = {"Tea on the porch?"}
CONF
chmod 600 "$T/tend.conf"
# window_tab: the practices screen, on the Window tab.
window_tab() { practices_tab a "1 2 set or clear"; }
dashboard() {
	send_esc a
	wait_gone a "Our practices"
	wait_for a "This week"
}

cli --date 2026-11-23 window set 2 fri 07:00 >/dev/null
start_shell a 80 24
start_tend a
# Window 2 is on Fridays: nothing today.
if screen a | sed -n 2p | grep -qF "open window"; then fail "a window today already" a; fi

window_tab
wait_for a "Open windows"
expect_screen a "Times when closeness is welcome and never expected."
expect_screen a "  1  not set"
expect_screen a "  2  Friday at 07:00"
expect_screen a "Tea on the porch?"

# A bad time is refused in the form; nothing is saved.
tmx send-keys -t a 1
wait_for a "Window 1"
tmx send-keys -t a "mon" Tab "25:00" Tab "90" Enter
wait_for a "HH:MM, like 20:30"
[ "$(db "SELECT count(*) FROM open_window WHERE slot = 1")" = 0 ] || fail "a bad window was saved" a
tmx send-keys -t a BSpace BSpace BSpace BSpace BSpace
sleep 0.2
tmx send-keys -t a "20:30" Enter
wait_for a "Monday at 20:30, for 90 minutes"
expect_screen a "Today at 20:30."
[ "$(db "SELECT weekday, at, minutes FROM open_window WHERE slot = 1 AND deleted_at IS NULL")" = "0|1230|90" ] ||
	fail "window 1 as stored: $(db 'SELECT * FROM open_window')" a

# The dashboard: the second line and the touch panel say so.
dashboard
screen a | sed -n 2p | grep -qF "open window 20:30" || fail "no window on the second line" a
screen a | grep -qF "Open window 20:30" || fail "no window in the touch panel" a
screen a | grep -qF "Tea on the porch?" || fail "no invitation in the touch panel" a

# The full-screen week: a row with each window's time.
tmx send-keys -t a w
wait_for a "Week of"
screen a | grep -F "Open windows" | grep -qF "20:30" || fail "no windows row in the week" a
screen a | grep -F "Open windows" | grep -qF "07:00" || fail "Friday's window not in the week" a
send_esc a
wait_gone a "Week of"

# u takes the window back; the dashboard is quiet again.
window_tab
tmx send-keys -t a u
wait_for a "Undone: window 1 is as it was."
expect_screen a "  1  not set"
[ "$(db "SELECT count(*) FROM open_window WHERE slot = 1 AND deleted_at IS NULL")" = 0 ] ||
	fail "undo left window 1" a
dashboard
if screen a | sed -n 2p | grep -qF "open window"; then fail "the undone window still shows" a; fi

# An empty day leaves window 2 unset.
window_tab
tmx send-keys -t a 2
wait_for a "Window 2"
tmx send-keys -t a BSpace BSpace BSpace Enter
wait_for a "Window 2 is not set now"
[ "$(db "SELECT count(*) FROM open_window WHERE deleted_at IS NULL")" = 0 ] || fail "window 2 still set" a

send_esc a
wait_gone a "Our practices"
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
echo ok
