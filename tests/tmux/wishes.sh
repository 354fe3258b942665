#!/bin/sh
# The wish list on the dashboard at 80x24: one partner answers alone on
# the alternate screen (the passphrase never shown, a `!` in it taken as a
# character), the screen is cleared before the other's turn, the other
# starts from nothing, the overlap needs both passphrases and shows only
# what is shared, the panic key ends the flow with nothing kept, and a
# passphrase is changed and answers erased from the dashboard.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
start_shell a 80 24
start_tend a

# The Wishes tab of the practices screen (its place among the tabs may move).
practices_tab a "a answer  s see together"
expect_screen a "Alex            not yet"

# Alex answers: a new passphrase (with a !, which is not the panic key here).
tmx send-keys -t a a
wait_for a "Who answers now?"
tmx send-keys -t a 1
wait_for a "Alex, choose a passphrase"
tmx send-keys -t a -l 'alex!pass'
tmx send-keys -t a Enter
wait_for a "Alex, the same passphrase again"
if screen a | grep -qF 'alex'; then fail "the passphrase is on screen" a; fi
tmx send-keys -t a -l 'alex!pass'
tmx send-keys -t a Enter
wait_for a "Alex's answers, for Alex's eyes only"
tmx send-keys -t a y y '?' n
sleep 0.3
screen a | grep -qE '^. +yes +A long hug' || fail "hug: yes" a
screen a | grep -qE '^. +maybe +A massage' || fail "massage: maybe" a
screen a | grep -qE '^. +no +A bath' || fail "bath: no" a
tmx send-keys -t a Enter
wait_for a "Show the yes-and-maybe items too?"
tmx send-keys -t a y
wait_for a "Sealed. Nothing of your answers is on the screen" 30
# Cleared: not one item, not one answer.
if screen a | grep -qE 'yes|maybe|A long hug|A bath'; then fail "answers left on screen" a; fi
tmx send-keys -t a Enter
wait_for a "answered, sealed"

# Sam's turn starts from nothing: none of Alex's answers.
tmx send-keys -t a a
wait_for a "Who answers now?"
tmx send-keys -t a 2
wait_for a "Sam, choose a passphrase"
tmx send-keys -t a -l 'sam pass'
tmx send-keys -t a Enter
wait_for a "Sam, the same passphrase again"
tmx send-keys -t a -l 'sam pass'
tmx send-keys -t a Enter
wait_for a "Sam's answers, for Sam's eyes only"
if screen a | grep -qE ' (yes|maybe|no) +A '; then fail "Alex's answers shown to Sam" a; fi
tmx send-keys -t a y '?' y
tmx send-keys -t a Enter
wait_for a "Show the yes-and-maybe items too?"
tmx send-keys -t a y
wait_for a "Sealed." 30
tmx send-keys -t a Enter
wait_for a "a answer  s see together"

# Together: Alex's passphrase (a wrong one first), the screen cleared, Sam's.
tmx send-keys -t a s
wait_for a "Alex, your passphrase."
tmx send-keys -t a -l 'not it'
tmx send-keys -t a Enter
wait_for a "that passphrase does not open Alex's answers" 30
tmx send-keys -t a -l 'alex!pass'
tmx send-keys -t a Enter
wait_for a "Now Sam, alone at the keyboard" 30
tmx send-keys -t a Enter
wait_for a "Sam, your passphrase."
tmx send-keys -t a -l 'sam pass'
tmx send-keys -t a Enter
wait_for a "You both said yes to" 30
expect_screen a "A long hug"
expect_screen a "A yes from one of you and a maybe from the other"
expect_screen a "Slow kissing"
expect_screen a "A massage"
if screen a | grep -qF "A bath"; then fail "a no was shown" a; fi
send_esc a
wait_for a "a answer  s see together"

# The panic key in the middle of typing: everything goes, nothing is kept.
tmx send-keys -t a s
wait_for a "Alex, your passphrase."
tmx send-keys -t a -l 'alex!'
tmx send-keys -t a F12
sleep 0.3
if screen a | grep -q '[^[:space:]]'; then fail "the screen is not blank" a; fi
tmx send-keys -t a -l moon
wait_for a "Our practices"
if screen a | grep -qF "Wish list"; then fail "the flow came back after the panic key" a; fi

# Alex changes the passphrase: the old one first, the new one twice.
tmx send-keys -t a p
wait_for a "Whose passphrase changes?"
tmx send-keys -t a 1
wait_for a "Alex, your passphrase as it is now."
tmx send-keys -t a -l 'alex!pass'
tmx send-keys -t a Enter
wait_for a "Alex, choose a passphrase"
tmx send-keys -t a -l 'alex two'
tmx send-keys -t a Enter
wait_for a "Alex, the same passphrase again"
tmx send-keys -t a -l 'alex two'
tmx send-keys -t a Enter
wait_for a "Your answers are sealed with the new passphrase." 30
send_esc a
printf 'alex two\nsam pass\n' >"$T/pass"
"$TEND" --config "$T/tend.conf" --db "$T/tend.db" wishes --passphrase-fd 3 3<"$T/pass" |
	grep -qF "A long hug" || fail "the new passphrase does not open Alex's answers"

# Sam erases theirs (a forgotten passphrase): the tab says so at once.
tmx send-keys -t a x
wait_for a "Whose answers are erased?"
tmx send-keys -t a 2
wait_for a "Erase Sam's answers for good?"
tmx send-keys -t a y
wait_for a "Erased for good."
tmx send-keys -t a Enter
wait_for a "Sam             not yet"

# Nothing of the answers can be read in the files.
if cat "$T/tend.db" "$T/tend.db-wal" 2>/dev/null | grep -qaE 'long-hug|tend-wishes|pairs '; then
	fail "an answer is readable in the database"
fi
[ "$(sqlite3 "$T/tend.db" 'SELECT count(*) FROM wish_seal')" = 1 ] || fail "one sealed record"
tmx send-keys -t a q q

# Discreet: the neutral words on the tab, the flow and the items.
echo 'discreet = true' >>"$T/tend.conf"
start_shell b 80 24
start_tend b
practices_tab b "a answer  s see together"
expect_screen b "A shared list: each of you answers alone"
screen b | grep -qE '(^| )Lists( |$)' || fail "the tab is not called Lists" b
if screen b | grep -qF "Wishes"; then fail "discreet mode names the tab Wishes" b; fi
tmx send-keys -t b a 1
wait_for b "Alex, your passphrase."
expect_screen b "Our list"
tmx send-keys -t b -l 'alex two'
tmx send-keys -t b Enter
wait_for b "A long hello" 30
if screen b | grep -qF "A long hug"; then fail "discreet mode shows the item's own words" b; fi
send_esc b
echo "wishes passed"
