#!/bin/sh
# The Ground rules tab (o): the stop-phrases and red lines shown, written
# with their forms into a config whose comments survive; the program
# paused and resumed from the tab, each undone with u; the header and the
# dashboard's second line say when the program is paused.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
cat >> "$T/tend.conf" <<'CONF'
# Written by hand on day 2: keep this note.
stop-phrases = {"Time-out", "This matters"}   # our two
CONF
cp "$T/tend.conf" "$T/before.conf"
pauses() {
	sqlite3 "$T/tend.db" "SELECT from_day || ' ' || ifnull(to_day, '-') || ' ' || ifnull(reason, '-') || ' ' || (deleted_at IS NULL) FROM pause ORDER BY id"
}

# Paused since Friday (day 12) through the command line.
"$TEND" --config "$T/tend.conf" --db "$T/tend.db" --date 2026-11-20 pause --reason Flu >/dev/null

start_shell a 80 24
start_tend a
expect_screen a "Day 12 of 60, paused"
expect_screen a "program paused"
# The week panel shows the paused days as such (they ask no check-in).
expect_screen a "Check-ins"
screen a | grep -F "Check-ins" | grep -qF "‖" || fail "no paused day in the week" a

tmx send-keys -t a o
wait_for a "Ground rules"
# Every practice's tab is named on the line at 80 columns, by its short
# name where the full ones do not all fit, in the order the program meets
# them; the frame names the current tab in full.
expect_screen a "Rules  Sentences  Load  Talk  Rituals  Window  Menu  Review  Moved  Wishes"
expect_screen a "Our practices · Ground rules"
expect_screen a "1  Time-out"
expect_screen a "2  This matters"
expect_screen a "1  No name-calling"
expect_screen a "Paused since Fri 20 Nov: the days do not count."
expect_screen a "Paused from Fri 20 Nov: Flu"

# Resume today, then undo it, then resume again.
tmx send-keys -t a p
wait_for a "Go on with the program today? (y/n)"
tmx send-keys -t a y
wait_for a "The program goes on today, at day 12."
expect_screen a "Paused Fri 20 Nov to Sun 22 Nov (3 days): Flu"
[ "$(pauses)" = "2026-11-20 2026-11-23 Flu 1" ] || fail "resumed: $(pauses)"
tmx send-keys -t a u
wait_for a "Undone: the resume. The program is paused again."
[ "$(pauses)" = "2026-11-20 - Flu 1" ] || fail "resume undone: $(pauses)"
tmx send-keys -t a p
wait_for a "Go on with the program today? (y/n)"
tmx send-keys -t a y
wait_for a "The program goes on today, at day 12."
send_esc a
wait_for a "Day 12 of 60"
if screen a | grep -qF "program paused"; then fail "still said to be paused" a; fi

# A new pause from today with its reason, undone.
tmx send-keys -t a o
wait_for a "Ground rules"
tmx send-keys -t a p
wait_for a "Pause the program"
tmx send-keys -t a "Travel" Enter
wait_for a "Paused since Mon 23 Nov"
expect_screen a "Paused from Mon 23 Nov: Travel"
[ "$(pauses | tail -1)" = "2026-11-23 - Travel 1" ] || fail "paused: $(pauses)"
tmx send-keys -t a u
wait_for a "Undone: the pause. The program goes on as before."
[ "$(pauses | tail -1)" = "2026-11-23 - Travel 0" ] || fail "pause undone: $(pauses)"

# The stop-phrases' form: the second one changed, saved into the config.
tmx send-keys -t a s
wait_for a "Our stop-phrases"
tmx send-keys -t a Tab C-u "Let us breathe" Enter
wait_for a "Saved in your config file; its comments are kept."
wait_for a "2  Let us breathe"
grep -qxF 'stop-phrases = {"Time-out", "Let us breathe"}   # our two' "$T/tend.conf" ||
	fail "stop-phrases in the config: $(cat "$T/tend.conf")"
grep -v '^stop-phrases' "$T/tend.conf" | cmp -s - "$(grep -v '^stop-phrases' "$T/before.conf" >"$T/rest"; echo "$T/rest")" ||
	fail "the rest of the config changed: $(cat "$T/tend.conf")"
# The same phrase twice is refused in the form.
tmx send-keys -t a s
wait_for a "Our stop-phrases"
tmx send-keys -t a Tab C-u "time-out" Enter
wait_for a "the two stop-phrases are the same"
send_esc a
grep -qF '"Let us breathe"' "$T/tend.conf" || fail "a refused form changed the config"

# The red lines' form: a fourth one added in the empty field.
cp "$T/tend.conf" "$T/phrases.conf"
tmx send-keys -t a r
wait_for a "Our red lines"
tmx send-keys -t a Tab Tab Tab "No sarcasm" Enter
wait_for a "4  No sarcasm"
grep -qF '"No reopening settled issues unless both agree", "No sarcasm"}' "$T/tend.conf" ||
	fail "red-lines in the config: $(cat "$T/tend.conf")"
grep -qxF '# Written by hand on day 2: keep this note.' "$T/tend.conf" || fail "the comment is gone"

# u takes the saves back, one at a time, the file exactly as it was (0600).
tmx send-keys -t a u
wait_for a "Undone: your ground rules are as they were in the config file."
cmp -s "$T/tend.conf" "$T/phrases.conf" || fail "red lines undone: $(cat "$T/tend.conf")"
[ "$(stat -c %a "$T/tend.conf")" = 600 ] || fail "the config is not 0600 after undo"
if screen a | grep -qF "4  No sarcasm"; then fail "the undone red line still shows" a; fi
tmx send-keys -t a u
wait_for a "1  Time-out"
wait_for a "2  This matters"
cmp -s "$T/tend.conf" "$T/before.conf" || fail "stop-phrases undone: $(cat "$T/tend.conf")"
# A save whose file was changed by hand since is left alone.
tmx send-keys -t a s
wait_for a "Our stop-phrases"
tmx send-keys -t a Tab C-u "Breathe" Enter
wait_for a "2  Breathe"
echo "# a note added by hand" >>"$T/tend.conf"
cp "$T/tend.conf" "$T/hand.conf"
tmx send-keys -t a u
wait_for a "Not undone"
cmp -s "$T/tend.conf" "$T/hand.conf" || fail "an undo overwrote a hand edit"
echo "pace: all passed"
