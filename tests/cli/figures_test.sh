#!/usr/bin/env bash
# A view without numbers (numbers = false in the config): `tend week`,
# `tend today` and `tend status` print marks where they print counts with
# numbers, the same figures both ways; and the program's paused days do
# not count among the week's days ("1 of 5", the aims of 5 days).
TEND=${1:?usage: figures_test.sh TEND}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
tend() { "$TEND" --config "$C" --db "$D" "$@"; }
line() { grep -F -- "$2" <<<"$1" | head -1 | sed 's/  */ /g; s/ $//'; }

"$TEND" --config "$C" init --partner Alex --partner Sam --start 2026-11-02 >/dev/null ||
	fail "init"
for d in 2026-11-16 2026-11-17 2026-11-18; do
	tend checkin Alex --mood 4 --stress 2 --date $d >/dev/null || fail "checkin $d"
	tend checkin Sam --mood 3 --stress 2 --date $d >/dev/null || fail "checkin $d"
done
tend gesture Alex "hug" --date 2026-11-17 >/dev/null || fail "gesture"
tend gesture Alex "tea" --date 2026-11-17 >/dev/null || fail "gesture"
tend gesture Sam "note" --date 2026-11-17 >/dev/null || fail "gesture"
tend repair Sam "sorry" --date 2026-11-17 >/dev/null || fail "repair"
W=2026-11-17

# --- with numbers (the default)
week=$(tend week --date $W)
[ "$(line "$week" "Tue 17 Nov")" = "Tue 17 Nov 4/2 3/2 2 1 0 1 - 0" ] ||
	fail "the day's row with numbers: $(line "$week" "Tue 17 Nov")"
[ "$(line "$week" "Week  ")" = "Week 3 of 7 3 of 7 2 1 0 1 0 of 3 0" ] ||
	fail "the week's row with numbers: $(line "$week" "Week  ")"
has "$week" "Both checked in on 3 of 7 days."
has "$week" "Repairs accepted: 0 of 1."
today=$(tend today --date $W)
has "$today" "gestures   2 (aim 2-5 a day)"
has "$today" "repairs    1 (0 accepted)"
[ "$(tend status --date $W)" = "check-in done · gestures 3/2-5 · repairs 1/1" ] ||
	fail "status with numbers: $(tend status --date $W)"

# --- without numbers: the same figures as marks, no share, no count
echo "numbers = false" >>"$C"
week=$(tend week --date $W)
[ "$(line "$week" "Tue 17 Nov")" = "Tue 17 Nov 4/2 3/2 ●● ● - ● - -" ] ||
	fail "the day's row without numbers: $(line "$week" "Tue 17 Nov")"
[ "$(line "$week" "Week  ")" = "Week ●●●○○○○ ●●●○○○○ ●● ● - ● ○○○ -" ] ||
	fail "the week's row without numbers: $(line "$week" "Week  ")"
has "$week" "Days both checked in: ●●●○○○○"
has "$week" "Repairs accepted: ○."
hasnt "$week" "3 of 7"
hasnt "$week" "0 of 1"
today=$(tend today --date $W)
has "$today" "gestures   ●● (aim 2-5 a day)"
has "$today" "repairs    ● (none accepted)"
[ "$(tend status --date $W)" = "check-in done · gestures ●●● · repairs ●" ] ||
	fail "status without numbers: $(tend status --date $W)"
# A plain terminal gets plain marks; a template still has every field.
[ "$(LC_ALL=C tend status --date $W)" = "check-in done - gestures *** - repairs *" ] ||
	fail "status without numbers, ASCII: $(LC_ALL=C tend status --date $W)"
[ "$(tend status --date $W --format '{gestures}/{gestures-aim}')" = "gestures ●●●/2-5" ] ||
	fail "a template without numbers: $(tend status --date $W --format '{gestures}/{gestures-aim}')"
has "$(LC_ALL=C tend week --date $W)" "Days both checked in: ***...."

# --- paused days do not count among the week's days
sed -i '/^numbers = false$/d' "$C"
tend pause --date 2026-11-19 --reason "travel" >/dev/null || fail "pause"
tend resume --date 2026-11-21 >/dev/null || fail "resume"
week=$(tend week --date $W)
[ "$(line "$week" "Thu 19 Nov")" = "Thu 19 Nov paused paused 0 0 0 0 - 0" ] ||
	fail "a paused day: $(line "$week" "Thu 19 Nov")"
[ "$(line "$week" "Week  ")" = "Week 3 of 5 3 of 5 2 1 0 1 0 of 3 0" ] ||
	fail "the week's row with a pause: $(line "$week" "Week  ")"
[ "$(line "$week" "Aim ")" = "Aim 5 5 10-25 10-25 5 5 3" ] ||
	fail "the aims with a pause: $(line "$week" "Aim ")"
has "$week" "Both checked in on 3 of 5 days."
has "$week" "Paused days do not count: 2 of the week's days are paused."
# Without numbers, the marks leave the paused days out too.
echo "numbers = false" >>"$C"
has "$(tend week --date $W)" "Days both checked in: ●●●○○"

finish "figures tests"
