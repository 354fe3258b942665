#!/bin/sh
# The Talk tab on the practices screen ('o'), at 80x24 with --date pinned
# (start 2026-11-09, so 23 Nov is day 15, week 3) and the clock at 22:00:
# the dashboard suggests the week's talk only before no-talks-after and
# until one is held; the week panel's title says held / not yet; a talk is
# logged with the form, its ask agreed, done, undone, opened whole; the
# plan's transparency shows and is ended with T (and u takes it back);
# discreet mode keeps the asks behind Enter.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
# talk_tab: the practices screen ('o'), on the Talk tab.
talk_tab() { practices_tab a "Talk this week:"; }

# --- 22:00 is before a late hour of 23:30: the talk is suggested
echo 'no-talks-after = "23:30"' >>"$T/tend.conf"
at 2026-11-23
wait_for a "talk this week"
expect_screen a "This week, 23-29 Nov · talk not yet"
if screen a | grep -qi "missed"; then fail "\"missed\" on screen" a; fi

talk_tab
wait_for a "Talk this week: not yet (plan week 3)."
expect_screen a "No talks yet. n starts one"

# --- the form: who raised it, what happened, the impact, the ask
tmx send-keys -t a n
wait_for a "This week's talk"
tmx send-keys -t a 2 Tab
tmx send-keys -t a -l "When plans changed on Friday night"
tmx send-keys -t a Tab
tmx send-keys -t a -l "I felt unsettled, because I had planned"
tmx send-keys -t a Tab
tmx send-keys -t a -l "Can we fix the weekend on Thursdays?"
tmx send-keys -t a Enter
wait_for a "Saved the talk."
wait_for a "Talk this week: held (plan week 3)."
screen a | grep -qE "> Mon 23 Nov +Sam +open +Can we fix the weekend on Thursdays\?" ||
	fail "the new talk's row" a
[ "$(db "SELECT partner || '|' || state || '|' || ask FROM talk")" = "2|0|Can we fix the weekend on Thursdays?" ] ||
	fail "the stored talk: $(db "SELECT * FROM talk")"

# --- agreed, then done; u takes the last step back
tmx send-keys -t a a
wait_for a "Agreed. Mark it done with d"
screen a | grep -qE "Sam +agreed" || fail "agreed on screen" a
tmx send-keys -t a d
wait_for a "Marked done."
[ "$(db "SELECT state || '|' || state_day FROM talk")" = "2|2026-11-23" ] || fail "done: $(db "SELECT state FROM talk")"
tmx send-keys -t a u
wait_for a "Undone: the ask is agreed again."
[ "$(db "SELECT state FROM talk")" = 1 ] || fail "undo left state $(db "SELECT state FROM talk")"

# --- Enter opens it whole; Esc back to the list, Esc to the dashboard
tmx send-keys -t a Enter
wait_for a "Talk 1, Mon 23 Nov, raised by Sam: agreed since Mon 23 Nov"
expect_screen a "When plans changed on Friday night"
expect_screen a "I felt unsettled, because I had planned"
send_esc a
wait_for a "Past talks, newest first"
send_esc a
wait_for a "This week, 23-29 Nov · talk held"
if screen a | grep -qF "talk this week"; then fail "suggested after it was held" a; fi
# The full-screen week says it too; the week before asked for none.
tmx send-keys -t a w
wait_for a "(this week) · talk held"
tmx send-keys -t a Left
wait_for a "Week of 16 Nov - 22 Nov 2026"
if screen a | grep -qF "· talk"; then fail "a talk mark in a week without one asked" a; fi
tmx send-keys -t a w
wait_for a "This week, 23-29 Nov · talk held"

# --- a new talk undone with u is gone
talk_tab
wait_for a "Past talks, newest first"
tmx send-keys -t a n
wait_for a "This week's talk"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "When the phone came out"
tmx send-keys -t a Tab Tab
tmx send-keys -t a -l "Can we leave phones home?"
tmx send-keys -t a Enter
wait_for a "leave phones home"
[ "$(db "SELECT COUNT(*) FROM talk WHERE deleted_at IS NULL")" = 2 ] || fail "two talks"
tmx send-keys -t a u
wait_for a "Undone: removed the new talk."
wait_gone a "leave phones home"
[ "$(db "SELECT COUNT(*) FROM talk WHERE deleted_at IS NULL")" = 1 ] || fail "the undone talk stayed"

# --- e changes a talk's words: the form comes filled in; the listener's
# reflection is added, an emptied line removed, where the ask stands kept;
# u puts the words back
tmx send-keys -t a e
wait_for a "Change the talk of Mon 23 Nov"
expect_screen a "When plans changed on Friday night"
expect_screen a "Can we fix the weekend on Thursdays?"
tmx send-keys -t a Tab Tab C-u Tab Tab
tmx send-keys -t a -l "You want the weekend settled early"
tmx send-keys -t a Tab Tab
tmx send-keys -t a -l "Thursday evenings, phones away"
tmx send-keys -t a Enter
wait_for a "Saved the changes to the talk (u undoes)."
[ "$(db "SELECT partner || '|' || state || '|' || ifnull(impact, '-') || '|' || hear || '|' || \
	can_commit || '|' || ask FROM talk WHERE deleted_at IS NULL")" = \
	"2|1|-|You want the weekend settled early|Thursday evenings, phones away|Can we fix the weekend on Thursdays?" ] ||
	fail "the changed talk: $(db "SELECT * FROM talk")"
tmx send-keys -t a Enter
wait_for a "What I hear"
expect_screen a "You want the weekend settled early"
if screen a | grep -qF "I felt unsettled"; then fail "an emptied line still shown" a; fi
send_esc a
tmx send-keys -t a u
wait_for a "Undone: the talk says what it said before."
[ "$(db "SELECT state || '|' || impact || '|' || ifnull(hear, '-') || '|' || \
	ifnull(can_commit, '-') FROM talk WHERE deleted_at IS NULL")" = \
	"1|I felt unsettled, because I had planned|-|-" ] ||
	fail "undo left: $(db "SELECT * FROM talk")"
# A change made elsewhere meanwhile is not overwritten.
tmx send-keys -t a e
wait_for a "Change the talk of Mon 23 Nov"
tmx send-keys -t a Tab Tab Tab Tab
tmx send-keys -t a -l "mine"
db "UPDATE talk SET hear = 'theirs', rev = rev + 1" >/dev/null
tmx send-keys -t a Enter
wait_for a "changed or deleted elsewhere"
send_esc a
[ "$(db "SELECT hear FROM talk WHERE deleted_at IS NULL")" = theirs ] ||
	fail "a change elsewhere was overwritten"
send_esc a
wait_for a "This week, 23-29 Nov"

# --- week 4, the default late hour (21:30): 22:00 is too late to suggest
sed -i '/^no-talks-after/d' "$T/tend.conf"
at 2026-11-30
expect_screen a "This week, 30 Nov-6 Dec · talk not yet"
if screen a | grep -qF "talk this week"; then fail "a big talk suggested late in the evening" a; fi

# --- transparency from the plan, ended on purpose, and taken back
cat >"$T/plan.conf" <<'PLAN'
phase "steady" {
	first = 1
	last = 60
	title = "Steady"
	task "open-book" {
		text = "Share schedules and say where you are"
		cadence = "daily"
		transparency = true
	}
}
PLAN
echo "plan-file = \"$T/plan.conf\"" >>"$T/tend.conf"
echo "discreet = true" >>"$T/tend.conf"
at 2026-11-30
talk_tab
wait_for a "For now: Share schedules and say where you are"
expect_screen a "T ends it when you both are ready"
# Discreet: the ask stays behind Enter.
expect_screen a "(Enter to read)"
if screen a | grep -qF "Thursdays"; then fail "an ask on a discreet screen" a; fi
tmx send-keys -t a T
wait_for a "Ended the time of transparency, on purpose."
wait_gone a "For now:"
[ "$(db "SELECT ended_on FROM transparency")" = 2026-11-30 ] || fail "the decision was not kept"
tmx send-keys -t a u
wait_for a "Undone: the transparency runs again."
wait_for a "For now: Share schedules"
[ "$(db "SELECT COUNT(*) FROM transparency")" = 0 ] || fail "undo left the decision"
send_esc a
wait_for a "Now:"
wait_for a "This week"
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
echo "ok"
