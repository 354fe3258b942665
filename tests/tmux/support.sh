#!/bin/sh
# When to get help (issue 9): h opens the help screen with the couple's own
# contacts and what moved, the panic key covers it and it leaves nothing in
# the file; n shows marks instead of numbers (and the config's numbers =
# false starts that way); after three weeks with nothing moved the note
# points at h, and d puts it aside (stored); a time-out shows the red lines.
# The plan starts on Mon 9 Nov 2026; every day is pinned with --date.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
cat >>"$T/tend.conf" <<'CONF'
therapist = "Dr. Rivera, 555-0100"
emergency = "112, or Jo next door"
red-lines = {"No yelling", "No bringing up the wedding"}
CONF
day() { date -d "2026-11-09 + $(( $1 - 1 )) days" +%F; }

# Weeks 1-2: moods of 2 and no repairs; week 3: moods of 4 and two repairs.
for n in $(seq 1 14); do log --date "$(day "$n")" checkin 1 --mood 2 --stress 3; done
for n in $(seq 15 21); do log --date "$(day "$n")" checkin 1 --mood 4 --stress 2; done
log --date "$(day 20)" repair 1 "I was short with you" --accepted
log --date "$(day 21)" repair 2 "Let me say that again" --accepted

# Day 21: the second line says what moved.
at "$(day 21)"
expect_screen a "better: moods up, more repairs"
before=$(export_csv)
# The practices screen's tab says it in words, sign by sign.
practices_tab a "Compared with your first two weeks"
screen a | grep -qE "Time-outs a week +about the same" || fail "time-outs moved?" a
screen a | grep -qE "Moods at the check-in +higher" || fail "moods not higher" a
screen a | grep -qE "Repairs a week +more" || fail "repairs not more" a
send_esc a
wait_for a "better: moods up, more repairs"

# h: the help screen, safety first, the couple's own contacts, what moved.
tmx send-keys -t a h
wait_for a "Safety comes first"
expect_screen a "Since weeks 1-2: higher moods and more repairs."
expect_screen a "Emergency: 112, or Jo next door"
expect_screen a "Your therapist: Dr. Rivera, 555-0100"
if screen a | grep -qF "d put the note aside"; then fail "a note to put aside while things move" a; fi
tmx send-keys -t a End
wait_for a "Reading this screen saves nothing."
expect_screen a "Keeping score"
# The panic key covers it; the return word brings it back.
tmx send-keys -t a '!'
sleep 0.4
if screen a | grep -q '[^[:space:]]'; then fail "the panic key left the help screen up" a; fi
tmx send-keys -t a -l "moon"
wait_for a "Reading this screen saves nothing."
send_esc a
wait_for a "better: moods up, more repairs"
# Nothing was written: no entry, no note put aside.
[ "$(export_csv)" = "$before" ] || fail "the help screen changed the entries"
[ "$(sqlite3 "$T/tend.db" 'SELECT count(*) FROM support_seen')" = 0 ] ||
	fail "the help screen stored something"

# n: marks instead of numbers, then numbers again.
expect_screen a "Accepted: 2 of 2 (100%)"
expect_screen a "This week 0 of 7"
tmx send-keys -t a n
wait_for a "Marks instead of numbers"
expect_screen a "Accepted: ●●"
expect_screen a "This week ○○○○○○○"
expect_screen a "Today Alex -  Sam ●"
if screen a | grep -qE "[0-9]+%|[0-9] of [0-9] |[0-9] toward"; then fail "numbers left with n" a; fi
tmx send-keys -t a w
wait_for a "(this week)"
expect_screen a "Days both checked in: ○○○○○○○."
if screen a | grep -qE "[0-9]/7"; then fail "numbers left in the week" a; fi
send_esc a
wait_for a "Accepted: ●●"
tmx send-keys -t a n
wait_for a "Numbers shown."
expect_screen a "Accepted: 2 of 2 (100%)"

# The config's numbers = false starts the session with marks.
echo "numbers = false" >>"$T/tend.conf"
at "$(day 21)"
expect_screen a "Accepted: ●●"
if screen a | grep -qE "[0-9]+%"; then fail "a percentage with numbers = false" a; fi

# Days 22-42 much like the first two weeks: after three weeks with
# nothing moved (and check-ins on ten days or more), the note points at h.
for n in $(seq 22 42); do log --date "$(day "$n")" checkin 1 --mood 2 --stress 3; done
at "$(day 42)"
expect_screen a "little has shifted: see h"
tmx send-keys -t a h
wait_for a "Little has shifted for three weeks; an outside view may help now."
expect_screen a "d put the note aside"
tmx send-keys -t a d
wait_for a "Put aside for three weeks"
[ "$(sqlite3 "$T/tend.db" 'SELECT day FROM support_seen')" = "$(day 42)" ] ||
	fail "the note was not put aside in the file"
cli export --format csv --table support | grep -qx "$(day 42),2026-11-2[34]T[0-9:]*Z" ||
	fail "the note put aside is not in the export: $(cli export --format csv --table support)"
send_esc a
wait_for a "This week"
if screen a | grep -qF "little has shifted"; then fail "the note came back once put aside" a; fi
# u takes it back (the note shows again), and d on the help screen once more.
tmx send-keys -t a u
wait_for a "Undone: the note is back."
wait_for a "little has shifted: see h"
[ "$(sqlite3 "$T/tend.db" 'SELECT count(*) FROM support_seen')" = 0 ] ||
	fail "undo left the note put aside in the file"
tmx send-keys -t a h
wait_for a "d put the note aside"
tmx send-keys -t a d
wait_for a "Put aside for three weeks"
send_esc a
wait_for a "This week"

# A time-out (it starts now: the test's clock is on 23 Nov): the box shows
# the couple's red lines.
at 2026-11-23
tmx send-keys -t a x
wait_for a "Called by"
tmx send-keys -t a 1 Enter
wait_for a "Your red lines, even now:"
expect_screen a "- No yelling"
expect_screen a "- No bringing up the wedding"
tmx send-keys -t a b
wait_for a "Welcome back"
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
echo "PASS: support"
