#!/usr/bin/env bash
# `tend window` from the command line: list, set, set again, clear, the
# invitations written into the config (comments kept), bad input refused
# with one line and nothing saved, the windows in `tend today` and `tend
# week` only from the plan's phase that asks for them (day 29), neutral
# words in discreet mode, the printed plan only when asked, export, forget.
TEND=${1:?usage: window_test.sh TEND}
. "$(dirname "$0")/lib.sh"

# Day 1 is Mon 2 Nov 2026; day 29 (the third phase) is Mon 30 Nov.
cat >"$C" <<'CONF'
# our settings
partner "Alex" {}
partner "Sam" {}
start-date = "2026-11-02"
CONF

run 0 --date 2026-11-20 window
has "$out" "Open windows. Times when closeness is welcome and never expected."
has "$out" "  1  not set"
has "$out" "The plan asks for them from Mon 30 Nov 2026 (day 29)"
has "$out" "none yet"
run 0 window --help
has "$out" "usage: tend window [list]"
has "$out" "never asks or counts"

run 0 --date 2026-11-20 window set 1 thu 20:30 1h30
has "$out" "Window 1: Thursday at 20:30, for 90 minutes."
run 0 --date 2026-11-20 window set 2 Sunday 09:30
has "$out" "Window 2: Sunday at 09:30."
[ "$(db "SELECT slot, weekday, at, minutes FROM open_window WHERE deleted_at IS NULL ORDER BY slot")" = "1|3|1230|90
2|6|570|0" ] || fail "the two windows as stored: $(db 'SELECT * FROM open_window')"
# Set again: the earlier one is replaced (kept deleted for undo until purged).
run 0 --date 2026-11-20 window set 2 sat 10:00 45m
[ "$(db "SELECT weekday, at, minutes FROM open_window WHERE slot = 2 AND deleted_at IS NULL")" = "5|600|45" ] ||
	fail "window 2 after setting it again"
run 0 --date 2026-11-20 window
has "$out" "  2  Saturday at 10:00, for 45 minutes"

# Bad input: one line, exit 2 (or 1), nothing saved.
before=$(db "SELECT count(*) FROM open_window")
for bad in "set 3 thu 20:30" "set 1 thursdays 20:30" "set 1 thu 25:00" "set 1 thu 8pm" \
           "set 1 thu 20:30 5" "set 1 thu 20:30 13h" "set 1 thu 20:30 soon" "set 1 thu" \
           "clear 3" "clear" "open 1"; do
	# shellcheck disable=SC2086
	"$TEND" --config "$C" --db "$D" --date 2026-11-20 window $bad >"$T/out" 2>"$T/err"
	rc=$?
	[ "$rc" = 1 ] || [ "$rc" = 2 ] || fail "window $bad exited $rc"
	[ "$(wc -l <"$T/err")" = 1 ] || fail "window $bad: not one line on stderr: $(cat "$T/err")"
	[ -s "$T/out" ] && fail "window $bad wrote to stdout: $(cat "$T/out")"
done
[ "$(db "SELECT count(*) FROM open_window")" = "$before" ] || fail "a refused window was saved"

# Before day 29 nothing shows; from then on, on their days only.
run 0 --date 2026-11-26 today
hasnt "$out" "Open window"
run 0 --date 2026-11-26 week
hasnt "$out" "Open windows"
run 0 --date 2026-12-03 today
has "$out" "Open window  20:30"
run 0 --date 2026-12-02 today
hasnt "$out" "Open window"
run 0 --date 2026-12-03 week
has "$out" "Open windows this week: Thu 3 Dec 20:30, Sat 5 Dec 10:00."
# Nothing is ever counted about a window.
hasnt "$out" "kept"

# Discreet mode: neutral words.
cp "$C" "$T/plain.conf"
echo "discreet = true" >>"$C"
run 0 --date 2026-12-03 today
has "$out" "Open time    20:30"
hasnt "$out" "window"
run 0 --date 2026-12-03 window
has "$out" "Open time. Time kept free for the two of you"
hasnt "$out" "closeness"
cp "$T/plain.conf" "$C"

# Clear, and clearing again is refused.
run 0 --date 2026-11-20 window clear 2
has "$out" "Window 2 is not set now."
run 2 --date 2026-11-20 window clear 2
has "$err" "window 2 is not set"
run 0 --date 2026-12-05 today
hasnt "$out" "Open window"

# Invitations: written into the config, comments kept; checked; removed.
run 0 window invitations "Tea on the porch?" "Early night?"
has "$out" "Saved in"
grep -q '^# our settings' "$C" || fail "the config's comment was lost"
grep -qF 'invitations = {"Tea on the porch?", "Early night?"}' "$C" || fail "invitations not in the config: $(cat "$C")"
run 0 window invitations
has "$out" "  1  Tea on the porch?"
has "$out" "  2  Early night?"
cp "$C" "$T/before.conf"
run 2 window invitations "Tea?" "tea?"
has "$err" "are the same"
run 2 window invitations "$(printf 'bad\033[31m')"
cmp -s "$C" "$T/before.conf" || fail "a refused invitation changed the config"
run 2 window invitations a b c d e f g
cmp -s "$C" "$T/before.conf" || fail "seven invitations changed the config"

# The printed plan: nothing unless asked, then both.
run 0 plan
hasnt "$out" "Our open windows"
hasnt "$out" "Our invitations"
printf 'print-windows = true\nprint-invitations = true\n' >>"$C"
run 0 plan
has "$out" "Our open windows: welcome, never expected"
has "$out" "  Thursday at 20:30, for 90 minutes"
has "$out" "Our invitations"
has "$out" "  Tea on the porch?"
echo "discreet = true" >>"$C"
run 0 plan
has "$out" "Our open time"
has "$out" "Our phrases"
hasnt "$out" "Our invitations"
cp "$T/before.conf" "$C"

run 0 window invitations --none
grep -qF 'invitations = {}' "$C" || fail "--none left: $(grep invitations "$C")"
run 2 window set 1 thu 20:30 --none
has "$err" "--none goes with invitations"

# Export: the table, CSV and JSON.
run 0 export --format csv --table windows
[ "$out" = "window,weekday,time,minutes
1,thursday,20:30,90" ] || fail "windows CSV: $out"
run 0 --date 2026-11-20 window set 2 sun 07:00
run 0 export --format json
has "$out" '"windows": ['
has "$out" '{"window": 1, "weekday": "thursday", "time": "20:30", "minutes": 90},'
has "$out" '{"window": 2, "weekday": "sunday", "time": "07:00", "minutes": null}'

# Forget erases them.
printf 'FORGET\n' | "$TEND" --config "$C" --db "$D" forget --all >/dev/null 2>&1 ||
	fail "forget --all failed"
[ "$(db "SELECT count(*) FROM open_window")" = 0 ] || fail "forget left windows"
run 0 --date 2026-11-20 window
has "$out" "  1  not set"

finish "window"
