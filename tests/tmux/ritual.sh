#!/bin/sh
# The Rituals tab on the practices screen ('o'), at 80x24, on Mon 23 Nov
# 2026 (start 2026-11-09): empty at first; n adds a ritual through a form
# that refuses bad days; the dashboard's second line says "Reading aloud
# today" until Space marks it done; p pauses with a reason and resumes; d
# removes after a question; u undoes each; the full-screen week shows a row
# per ritual, paused days marked, an earlier week as it was then.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
row() { screen a | grep -F -- "$1" | head -1; }
# rituals_tab: the practices screen, on the Rituals tab.
rituals_tab() { practices_tab a "n add  Space done"; }
# note_says TEXT / note_quiet TEXT: back on the dashboard, its second line
# says TEXT, or does not; then the practices screen again.
note_says() {
	send_esc a
	wait_gone a "Our practices"
	wait_for a "This week"
	screen a | sed -n 2p | grep -qF -- "$1" || fail "the second line does not say \"$1\"" a
	rituals_tab
}
note_quiet() {
	send_esc a
	wait_gone a "Our practices"
	wait_for a "This week"
	if screen a | sed -n 2p | grep -qF -- "$1"; then fail "the second line still says \"$1\"" a; fi
	rituals_tab
}

cli --date 2026-11-16 ritual add "Thursday walk" --days thu >/dev/null
cli --date 2026-11-19 ritual done "thursday walk" >/dev/null
start_shell a 80 24
start_tend a
# Nothing for today on the dashboard: the walk is on Thursdays.
if screen a | sed -n 2p | grep -qF "walk"; then fail "the walk is not today's" a; fi

rituals_tab
wait_for a "Thursday walk"
expect_screen a "n add  Space done  p pause/resume  d remove  u undo"

# n: a new ritual; a bad rhythm is refused in the form, nothing saved.
tmx send-keys -t a n
wait_for a "A new ritual"
tmx send-keys -t a "Reading aloud" Tab "nightly" Tab "22:00" Enter
wait_for a "daily, weekdays, or mon,thu"
[ "$(db 'SELECT count(*) FROM ritual')" = 1 ] || fail "a refused ritual was saved" a
tmx send-keys -t a BSpace BSpace BSpace BSpace BSpace BSpace BSpace "daily" Enter
wait_for a "Added. Space marks it done"
[ "$(db "SELECT days, at, since FROM ritual WHERE name = 'Reading aloud'")" = "127|1320|2026-11-23" ] ||
	fail "the new ritual as saved: $(db 'SELECT * FROM ritual')" a
note_says "Reading aloud today"

# Space: done today; the note goes; u takes it back.
tmx send-keys -t a Space
wait_for a "Done today. Well kept"
[ "$(db "SELECT day FROM ritual_day d JOIN ritual r ON r.id = d.ritual WHERE r.name = 'Reading aloud'")" = 2026-11-23 ] ||
	fail "today's mark was not saved" a
note_quiet "Reading aloud today"
case "$(row "Reading aloud")" in
*"✓"*) ;;
*) fail "no mark on today's column" a ;;
esac
tmx send-keys -t a u
wait_for a "Undone: the mark."
[ "$(db 'SELECT count(*) FROM ritual_day WHERE day = "2026-11-23"')" = 0 ] || fail "the undo left the mark" a
note_says "Reading aloud today"

# p: pause with a reason, on purpose; then resume on purpose.
tmx send-keys -t a p
wait_for a "Pause this ritual, on purpose"
tmx send-keys -t a "travel" Enter
wait_for a "paused: travel"
[ "$(db 'SELECT from_day, to_day IS NULL, reason FROM ritual_pause')" = "2026-11-23|1|travel" ] ||
	fail "the pause as saved: $(db 'SELECT * FROM ritual_pause')" a
note_quiet "Reading aloud today"
tmx send-keys -t a Space
wait_for a "is paused then; resume it first"
tmx send-keys -t a p
wait_for a "Resumed from today"
# Resumed the day it was paused: no pause is kept; u brings it back.
[ "$(db 'SELECT count(*) FROM ritual_pause')" = 0 ] || fail "a pause of no days was kept" a
tmx send-keys -t a u
wait_for a "Undone: the resume."
[ "$(db 'SELECT reason FROM ritual_pause WHERE to_day IS NULL')" = travel ] || fail "undo did not pause it again" a

# d: remove after a question; n answers no, y removes; u brings it back.
tmx send-keys -t a Up d
wait_for a "Remove this ritual with all its marks?"
tmx send-keys -t a n
wait_gone a "Remove this ritual"
[ "$(db 'SELECT count(*) FROM ritual WHERE deleted_at IS NULL')" = 2 ] || fail "n removed it" a
tmx send-keys -t a d
wait_for a "Remove this ritual with all its marks?"
tmx send-keys -t a y
wait_for a "Removed, with its marks"
wait_gone a "Thursday walk"
tmx send-keys -t a u
wait_for a "Thursday walk"
[ "$(db 'SELECT count(*) FROM ritual WHERE deleted_at IS NULL')" = 2 ] || fail "undo did not bring it back" a

# The full-screen week: a row per ritual; a past week as it was.
send_esc a
wait_gone a "Our practices"
tmx send-keys -t a w
wait_for a "Week of 23 Nov"
case "$(row "Reading aloud")" in
*"Reading aloud"*"–"*) ;;
*) fail "today is not shown paused in the week" a ;;
esac
tmx send-keys -t a Left
wait_for a "Week of 16 Nov"
case "$(row "Thursday walk")" in
*"·"*"✓"*"·"*) ;;
*) fail "last Thursday's walk is not marked" a ;;
esac
send_esc a

# Removed in this session and quit: erased from the file for good.
rituals_tab
tmx send-keys -t a d
wait_for a "Remove this ritual with all its marks?"
tmx send-keys -t a y
wait_for a "Removed, with its marks"
send_esc a
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
[ "$(db 'SELECT count(*) FROM ritual')" = 1 ] || fail "the removed ritual is still in the file" a
[ "$(db 'SELECT count(*) FROM ritual_day')" = 0 ] || fail "its marks are still in the file" a
echo ok
