#!/bin/sh
# The guided evening (`e`) reaches the practices kept in their own tables:
# on a day a ritual falls on, today's rituals come as a step (1 marks one
# kept, one left alone stays blank); on the day the shared load's monthly
# look comes round, it is a step too (the jobs under each owner; Enter notes
# it); both are skippable with Esc, resumable after quitting, undone with u,
# and the summary says them for the couple. A day without a ritual and with
# the look held passes both over.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
# Esc through the steps until the one titled TITLE shows.
skip_to() {
	for _i in 1 2 3 4 5 6 7 8 9 10; do
		screen "$1" | grep -qE -- "Evening [0-9]+/[0-9]+: $2" && return 0
		send_esc "$1"
		sleep 0.3
	done
	fail "never reached the step $2" "$1"
}

# Two rituals on Mondays (23 Nov is one), one on Thursdays; the list of
# jobs made on 23 Oct, so its monthly look comes round on 23 Nov.
log --date 2026-11-09 ritual add "Monday walk" --days mon
log --date 2026-11-09 ritual add "Tea in bed" --days mon
log --date 2026-11-09 ritual add "Thursday film" --days thu
log --date 2026-10-23 task add "The bins" --owner Alex --done "out on Tuesday" --every weekly
log --date 2026-10-23 task add "Dinners" --owner Sam --done "on the table by 7" --every daily

start_shell a 80 24
start_tend a
tmx send-keys -t a e
wait_step a "[0-9]+" "Today's check-in"
skip_to a "Today's rituals"
expect_screen a "Monday walk"
expect_screen a "Tea in bed"
if screen a | grep -qF "Thursday film"; then fail "a Thursday ritual asked on a Monday" a; fi

# 1. Quitting at the rituals: e comes back to them.
quit_and_restart a
tmx send-keys -t a e
wait_step a "[0-9]+" "Today's rituals"
expect_screen a "Back where you left off: today's rituals."
# 1 marks the walk kept; the tea is left as it is.
tmx send-keys -t a 1 Enter
wait_step a "[0-9]+" "The shared load: the monthly look"
expect_screen a "Marked done today. Well kept (u undoes)."
expect_screen a "Alex looks after: The bins"
expect_screen a "Sam looks after: Dinners"
[ "$(db "SELECT count(*) FROM ritual_day WHERE day = '2026-11-23'")" = 1 ] ||
	fail "one ritual should be marked done" a
# 2. Enter notes the look.
tmx send-keys -t a Enter
wait_for a "Tonight, Mon 23 Nov"
expect_screen a "A ritual kept today."
expect_screen a "You looked over the shared load together."
screen a | sed -n '/Tonight, Mon 23 Nov/,/Any key closes/p' > "$T/summary"
if grep -qiE "missed|Alex|Sam|Monday walk|Tea in bed" "$T/summary"; then
	fail "the summary names or scores someone" a
fi
[ "$(db "SELECT count(*) FROM task_review WHERE deleted_at IS NULL AND day = '2026-11-23'")" = 1 ] ||
	fail "the look should be noted" a
[ "$(db "SELECT step FROM evening WHERE day = '2026-11-23'")" = done ] ||
	fail "the evening should be kept as done"
tmx send-keys -t a Enter
wait_gone a "Tonight, Mon 23 Nov"

# 3. u takes back the look, then the mark, as on their tabs.
tmx send-keys -t a u
wait_for a "Undone: the review is not noted."
tmx send-keys -t a u
wait_for a "Undone: the mark."
[ "$(db "SELECT count(*) FROM ritual_day")" = 0 ] || fail "the mark should be undone" a
[ "$(db "SELECT count(*) FROM task_review WHERE deleted_at IS NULL")" = 0 ] ||
	fail "the look should be undone" a

# 4. Esc passes both over; nothing is saved and the summary says neither.
tmx send-keys -t a e
skip_to a "Today's rituals"
send_esc a
wait_step a "[0-9]+" "The shared load: the monthly look"
send_esc a
wait_for a "Tonight, Mon 23 Nov"
if screen a | grep -qE "ritual kept|shared load together"; then
	fail "the summary says what was passed over" a
fi
[ "$(db "SELECT count(*) FROM ritual_day")" = 0 ] || fail "Esc marked a ritual" a
[ "$(db "SELECT count(*) FROM task_review WHERE deleted_at IS NULL")" = 0 ] ||
	fail "Esc noted the look" a
tmx send-keys -t a Enter
wait_gone a "Tonight, Mon 23 Nov"

# 5. "not tonight" leaves the look for another evening.
tmx send-keys -t a e
skip_to a "The shared load: the monthly look"
tmx send-keys -t a 2 Enter
wait_for a "Tonight, Mon 23 Nov"
expect_screen a "The look at the list can wait for another evening."
[ "$(db "SELECT count(*) FROM task_review WHERE deleted_at IS NULL")" = 0 ] ||
	fail "not tonight noted the look" a
tmx send-keys -t a Enter
tmx send-keys -t a q
expect_restored a 0

# 6. Tuesday: no ritual falls on it and the look was held: neither step.
log --date 2026-11-24 task reviewed
TEND_ARGS="--config $T/tend.conf --db $T/tend.db --date 2026-11-24"
rerun_tend a
tmx send-keys -t a e
wait_step a "[0-9]+" "Today's check-in"
for _i in 1 2 3 4 5 6 7 8; do
	screen a | grep -qF "Tonight, Tue 24 Nov" && break
	if screen a | grep -qE "Evening [0-9]+/[0-9]+: (Today's rituals|The shared load)"; then
		fail "a step with nothing to do was offered" a
	fi
	send_esc a
	sleep 0.3
done
wait_for a "Tonight, Tue 24 Nov"
screen a | grep -qiF "the shared load was looked over today." ||
	fail "the look held today should be said as it is passed over" a
tmx send-keys -t a Enter
tmx send-keys -t a q
expect_restored a 0
echo "PASS: guided_practices"
