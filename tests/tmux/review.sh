#!/bin/sh
# The Review tab (start 2026-09-01): the week's agenda with the kind
# moments first and no time-out; on day 58 the dashboard says the closing
# review is due, the form keeps each partner's three answers, undo takes
# one back, and the note goes once both have answered; past answers (h)
# are readable; discreet words for touch.
set -eu
. "$(dirname "$0")/lib.sh"

cat > "$T/tend.conf" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-09-01"
CONF
chmod 600 "$T/tend.conf"
# review_tab: the practices screen, on the Review tab (its key line says
# "h past answers").
review_tab() { practices_tab a "h past answers"; }

# Week 3 (Tue 15 to Mon 21 Sep): a thank-you, a gesture, a repair.
log --date 2026-09-15 checkin alex --mood 4 --stress 2 --gratitude "the soup you made"
log --date 2026-09-16 gesture sam "a hug at the door"
log --date 2026-09-17 repair sam "I was short with you." --accepted
at 2026-09-18
if screen a | grep -qF "review due"; then fail "a review due in week 3" a; fi
review_tab
wait_for a "This week, week 3: Tue 15 Sep to Mon 21 Sep"
expect_screen a "Kind moments"
expect_screen a "Tue 15 Sep  Alex  the soup you made"
expect_screen a "Wed 16 Sep  Sam   a hug at the door"
expect_screen a "Thu 17 Sep  Sam   I was short with you."
expect_screen a "Stage 1, gentle touch"
kind=$(screen a | grep -n "Kind moments" | cut -d: -f1)
table=$(screen a | grep -n "On the table" | cut -d: -f1)
[ "$kind" -lt "$table" ] || fail "the kind moments are not first" a
if screen a | grep -qE "accepted|Time-out"; then fail "a repair's answer or a time-out shown" a; fi
# No review is open yet: a says when the first one opens.
tmx send-keys -t a a
wait_for a "No review is open yet: the closing review opens on Tue 27 Oct."

# Day 58: the closing review is due, on the dashboard's second line too.
# Out of the practices screen first: there q only goes back.
send_esc a
at 2026-10-28
expect_screen a "closing review due"
review_tab
wait_for a "The closing review is due: press a"
tmx send-keys -t a a
wait_for a "What to try next?"
tmx send-keys -t a "the check-ins" Tab "late evenings" Tab "a walk on Sundays" Enter
wait_for a "Saved. The other answers can come when ready."
[ "$(db "SELECT partner, good, heavy, next FROM review_answer WHERE deleted_at IS NULL")" = \
  "1|the check-ins|late evenings|a walk on Sundays" ] || fail "the answers were not kept"
# Undo (on the dashboard) takes them back.
send_esc a
wait_for a "closing review due"
tmx send-keys -t a u
wait_for a "Undone: Alex's answers to the closing review."
[ "$(db "SELECT count(*) FROM review_answer WHERE deleted_at IS NULL")" = 0 ] ||
	fail "undo left the answers"
# Both answer in one form; the form opens with what is kept.
review_tab
tmx send-keys -t a a
wait_for a "What to try next?"
tmx send-keys -t a "the check-ins" Tab "late evenings" Tab "a walk" Tab \
	"the hugs" Tab "the mornings" Tab "cook together" Enter
wait_for a "You have both answered."
wait_gone a "The closing review is due"
send_esc a
wait_gone a "closing review due"
[ "$(db "SELECT count(*) FROM review_answer WHERE deleted_at IS NULL AND review = 0")" = 2 ] ||
	fail "both answers were not kept"
# Past answers, readable.
review_tab
tmx send-keys -t a h
wait_for a "Our past reviews"
expect_screen a "The closing review"
expect_screen a "Wed 28 Oct  Alex"
expect_screen a "Good:  the hugs"
expect_screen a "Next:  cook together"

# Discreet: neutral words for the stage.
sed 's/^start-date/discreet = true\nstart-date/' "$T/tend.conf" > "$T/discreet.conf"
chmod 600 "$T/discreet.conf"
send_esc a
at 2026-09-18 "$T/discreet.conf"
review_tab
wait_for a "Together"
expect_screen a "Step 1: quiet time close together"
if screen a | grep -qE "Stage|touch"; then fail "touch words in discreet mode" a; fi
tmx send-keys -t a q
echo "tmux-review: ok"
