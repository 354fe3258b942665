#!/bin/sh
# First run without a config: the setup form writes it and the dashboard
# opens. Then a discreet config: no touch wording anywhere on screen; and
# Ctrl-C gives the terminal back.
set -eu
. "$(dirname "$0")/lib.sh"

start_shell a 80 24
# --date is another day than the tests' own clock (lib.sh), so the form shows
# that it proposes the --date day, not the clock's.
tmx send-keys -t a "$TEND --config $T/new/tend.conf --db $T/tend.db --date 2026-11-20; echo TEND-EXIT=\$?" Enter
wait_for a "Welcome to tend"
expect_screen a "2026-11-20"
expect_screen a "21:00"
# Enter with no names: the form says so and stays.
tmx send-keys -t a Enter
wait_for a "please fill this in"
# The names follow tend init's rule: 40 columns at most, and two names
# that read the same without case or accents are one name.
tmx send-keys -t a -l "Annabelle-Josephine Maximiliana Hohenberg"
tmx send-keys -t a Tab
tmx send-keys -t a -l "Zoë"
tmx send-keys -t a Enter
wait_for a "this name is wider than 40 columns"
tmx send-keys -t a C-u
tmx send-keys -t a -l "ZOE"
tmx send-keys -t a Enter
wait_for a "two different names, please"
[ ! -e "$T/new/tend.conf" ] || fail "a refused name wrote the config"
tmx send-keys -t a C-u
tmx send-keys -t a -l "Bea"
tmx send-keys -t a BTab C-u
tmx send-keys -t a -l "Ana"
tmx send-keys -t a Tab
tmx send-keys -t a Tab C-u
tmx send-keys -t a -l "2026-11-09"
tmx send-keys -t a Tab BSpace BSpace BSpace BSpace BSpace
tmx send-keys -t a -l "20:30"
tmx send-keys -t a Enter
wait_for a "Ana & Bea"
expect_screen a "Day 12 of 60"
expect_screen a "Check-in 20:30"
[ "$(stat -c %a "$T/new/tend.conf")" = 600 ] || fail "the config is not 0600"
grep -q '"Ana"' "$T/new/tend.conf" || fail "the config does not name Ana"
tmx send-keys -t a q
expect_restored a 0

# Discreet: neutral words for touch.
write_config
echo "discreet = true" >> "$T/tend.conf"
start_shell b 80 24
start_tend b
expect_screen b "Together"
expect_screen b "Step 1"
tmx send-keys -t b t
wait_for b "A new moment together"
send_esc b
wait_for b "Cancelled"
tmx send-keys -t b '?'
wait_for b "Help"
if screen b | grep -qi "touch"; then fail "discreet help still says touch" b; fi
send_esc b
wait_for b "This week"
if screen b | grep -qi "touch\|stage"; then fail "discreet dashboard still says touch or stage" b; fi

# Ctrl-C quits like q.
tmx send-keys -t b C-c
expect_restored b 0
echo "PASS: setup"
