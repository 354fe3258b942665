#!/bin/sh
# The two sentences' tab on the practices screen ('o'): Alex writes theirs
# in a form; until Sam has written too, the tab says only who has (not a
# word of it), and so do the plan view and the command line; once Sam has
# saved, both appear together, and the plan view heads with the outcomes.
# A rewrite keeps the earlier version; u takes it back. In weeks 5-6 the
# dashboard's second line invites a look; k keeps them as they are, and
# the plan's task of reading them again ticks itself once both have.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
# open_tab: the practices screen ('o'), on the two sentences' tab (the
# frame names it in full).
open_tab() {
	practices_tab a "Each of you: the problem"
	expect_screen a "Two sentences"
}

start_shell a 80 24
TEND_ARGS="--config $T/tend.conf --db $T/tend.db --date 2026-11-10"
start_tend a
expect_screen a "your two sentences"
open_tab
expect_screen a "Neither of you has written yours yet."

# Alex writes: a form, who first (never guessed).
tmx send-keys -t a w
wait_for a "The problem"
tmx send-keys -t a Enter
wait_for a "pick"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "We stopped talking about what matters."
tmx send-keys -t a Tab
tmx send-keys -t a -l "Evenings that feel easy again."
tmx send-keys -t a Enter
wait_for a "Alex has written theirs; Sam's are still to come."
if screen a | grep -qF "stopped talking"; then fail "Alex's words shown before Sam wrote" a; fi
if screen a | grep -qF "feel easy"; then fail "Alex's outcome shown before Sam wrote" a; fi
[ "$(db "SELECT partner, problem FROM objective")" = "1|We stopped talking about what matters." ] ||
	fail "Alex's sentences were not saved as typed"
# Nor anywhere else: the plan view and the command line.
send_esc a
tmx send-keys -t a p
wait_for a "The plan"
if screen a | grep -qF "feel easy"; then fail "the plan view showed one partner's outcome" a; fi
send_esc a
cli --date 2026-11-10 objective >"$T/out"
grep -qF "stopped talking" "$T/out" && fail "the command line showed Alex's words"

# Sam writes: both appear together.
open_tab
tmx send-keys -t a w
wait_for a "The problem"
tmx send-keys -t a 2 Tab
tmx send-keys -t a -l "We drift apart."
tmx send-keys -t a Tab
tmx send-keys -t a -l "A weekly walk."
tmx send-keys -t a Enter
wait_for a "We stopped talking about what matters."
expect_screen a "Evenings that feel easy again."
expect_screen a "We drift apart."
expect_screen a "A weekly walk."
if screen a | grep -qF "still to come"; then fail "still waiting after both saved" a; fi
send_esc a
tmx send-keys -t a p
wait_for a "Your outcomes in 3 to 6 months"
expect_screen a "Evenings that feel easy again."
expect_screen a "A weekly walk."
send_esc a

# A rewrite of the outcome only; the history shows both; u takes it back,
# the earlier one stays.
open_tab
tmx send-keys -t a w
wait_for a "The problem"
tmx send-keys -t a 2 Tab Tab
tmx send-keys -t a -l "A weekly walk, and more laughs."
tmx send-keys -t a Enter
wait_for a "A weekly walk, and more laughs."
expect_screen a "We drift apart."
[ "$(db "SELECT count(*) FROM objective WHERE partner = 2 AND deleted_at IS NULL")" = 2 ] ||
	fail "the rewrite replaced the earlier version"
# The history keeps both outcomes, newest first.
tmx send-keys -t a h
wait_for a "Every version, newest first"
expect_screen a "The outcome  A weekly walk, and more laughs."
expect_screen a "The outcome  A weekly walk."
tmx send-keys -t a h
wait_gone a "Every version, newest first"
tmx send-keys -t a u
wait_for a "Undone: Sam's last save of the two sentences."
wait_gone a "more laughs"
expect_screen a "A weekly walk."

# Where it began: a suggestion only; the config is left as it was.
cp "$T/tend.conf" "$T/before.conf"
tmx send-keys -t a b
wait_for a "Origin"
tmx send-keys -t a a Enter
wait_for a "first phase helps: 21 days (your"
expect_screen a "stabilization-days = 21"
cmp -s "$T/tend.conf" "$T/before.conf" || fail "the origin changed the config"
tmx send-keys -t a q
wait_for a "This week"
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"

# Week 5: the second line invites a look; k keeps Alex's as they are.
tmx send-keys -t a clear Enter
wait_gone a "TEND-EXIT=0"
TEND_ARGS="--config $T/tend.conf --db $T/tend.db --date 2026-12-08"
start_tend a
expect_screen a "your two sentences: a look"
open_tab
wait_for a "Time for a look"
tmx send-keys -t a k
wait_for a "Keep your two sentences"
tmx send-keys -t a 1 Enter
wait_for a "Alex keeps their two sentences as they are."
[ "$(db "SELECT day FROM objective WHERE kept = 1 AND partner = 1")" = "2026-12-08" ] ||
	fail "the look was not kept as a dated mark"
tmx send-keys -t a q
wait_for a "This week"
expect_screen a "your two sentences: a look"
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"

# The plan's "read your two sentences again" ticks itself once both have
# looked in weeks 5-6: one look alone leaves it to do (a taller window
# shows the week's tasks whole).
# plan_row: the plan view's line of that task, in a dashboard of 80x50.
plan_row() {
	start_shell b 80 50
	start_tend b
	tmx send-keys -t b p
	wait_for b "Read your two sentences again"
	screen b | grep -F "Read your two sentences again"
	tmx kill-session -t b
}
row=$(plan_row)
case $row in *"to do this phase"*) ;; *) fail "one look ticked the task: $row" ;; esac
cli --date 2026-12-09 objective --partner Sam --keep >/dev/null
row=$(plan_row)
case $row in *"done this phase"*) ;; *) fail "both looks did not tick the task: $row" ;; esac
case $row in *"[ ]"*|*"[x]"*) fail "a task the log proves still has a box: $row" ;; esac
echo "tmux-objective: all passed"
