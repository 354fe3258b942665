#!/bin/sh
# Forms typed the way people type: how to pick is shown only on a choice;
# a Tab right after a digit moved on does not skip a field, and a letter in
# a number field is refused out loud; one undo of a two-partner check-in
# says it removed both; Esc Esc cancels, and what follows a pasted escape
# sequence is typed as usual; long names leave the header's day alone;
# Ctrl-C over typed text asks first.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
start_shell a 80 24
start_tend a

# The check-in form has no choice: no word about picking; digits move on.
tmx send-keys -t a c
wait_for a "Today's check-in"
expect_screen a "Enter save   Esc cancel   Tab next field"
if screen a | grep -qF "initial picks"; then fail "the check-in form offers picks" a; fi
# One-digit fields are drawn one digit wide.
screen a | grep -qE "Mood \(1-5\)  __ +│" || fail "the mood field is not narrow" a
# "4 Tab 2 coffee": a Tab right after a digit moved on to the next number
# stays put.
tmx send-keys -t a 4 Tab 2
tmx send-keys -t a -l "coffee"
wait_for a "Grateful for  coffee_"
screen a | grep -qE "Mood \(1-5\)  4_ +│" || fail "expected Alex's mood 4" a
screen a | grep -qE "Stress \(1-5\)  2_ +│" || fail "expected Alex's stress 2" a
# Letters in a number field are not dropped in silence.
tmx send-keys -t a Tab
tmx send-keys -t a -l "x"
wait_for a "a number from 1 to 5"
tmx send-keys -t a 3 Tab 3 Enter
wait_for a "Check-in saved"
expect_db '^checkin,[0-9]+,2026-11-23,1,"Alex",[^,]*,4,2,"coffee"'
expect_db '^checkin,[0-9]+,2026-11-23,2,"Sam",[^,]*,3,3,'

# One u takes back both check-ins of that form, and says so.
tmx send-keys -t a u
wait_for a "Removed the check-ins by Alex and Sam."
expect_not_db '^checkin,'

# The return-time form has one text field: no word about picking either.
tmx send-keys -t a x
wait_for a "Called by"
expect_screen a "1/2 or initial picks"
tmx send-keys -t a s Tab
wait_for a "Stop-phrase"
tmx send-keys -t a Enter
wait_for a "Sam called"
tmx send-keys -t a s
wait_for a "When will you come back to it?"
expect_screen a "Enter save   Esc cancel   Tab next field"
if screen a | grep -qF "initial picks"; then fail "the return-time form offers picks" a; fi
send_esc a
wait_for a "Cancelled: nothing was saved"
tmx send-keys -t a b
wait_for a "Welcome back"

# Two Esc at once cancel a form.
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "dropped"
tmx send-keys -t a Escape Escape
wait_for a "Cancelled: nothing was saved"
wait_gone a "A new gesture"
sleep 0.3
# A pasted escape sequence is dropped, and only it: the keys after it are typed.
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "$(printf 'one\033[1;31mtwo\033]0;x\007three')"
wait_for a "onetwothree_"
send_esc a
wait_for a "Cancelled: nothing was saved"
expect_not_db '^gesture,'

# Ctrl-C over typed text asks; any other key goes on; twice quits (status 0).
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 2 Tab
tmx send-keys -t a -l "half"
tmx send-keys -t a C-c
wait_for a "Quit without saving this? Ctrl-C again quits"
tmx send-keys -t a -l " more"
wait_for a "half more_"
wait_gone a "Quit without saving this?"
tmx send-keys -t a C-c
wait_for a "Quit without saving this?"
tmx send-keys -t a C-c
expect_restored a 0
expect_not_db 'half more'
# A form with nothing typed yet: Ctrl-C quits at once.
rerun_tend a
tmx send-keys -t a r
wait_for a "A new repair"
tmx send-keys -t a C-c
expect_restored a 0

# Long names (and wide ones) are cut first: the day of the plan stays.
cat > "$T/tend.conf" <<'CONF'
partner "Alexandrina-Maximiliane" { color = "cyan" }
partner "山田花子さんと一緒に暮らす人" { color = "magenta" }
start-date = "2026-11-09"
CONF
rerun_tend a
header=$(screen a | head -n 1)
for text in "Day 15 of 60" "Mon 23 Nov 2026" "Check-in 21:00" "Alexandr" "山田"; do
	case "$header" in
	*"$text"*) ;;
	*) fail "\"$text\" missing from the header: $header" a ;;
	esac
done
tmx send-keys -t a q
expect_restored a 0
echo "PASS: forms"
