#!/usr/bin/env bash
# Who invited, the two-tier menu and the stage-3 guidelines from the
# command line: `tend touch --invited-by --tier --item` (the item must be
# on the couple's menu), the guidelines set from a file or standard input
# and shown after every stage-3 session, neutral words when discreet, the
# menu file's mistakes as FILE:LINE, export, and forget.
TEND=${1:?usage: touchmore_test.sh TEND}
. "$(dirname "$0")/lib.sh"
M="$T/menu.conf"

cat >"$M" <<'MENU'
# ours
connection = { "Long hug", "Sofa cuddle" }
experience = {
	"Bath together",
}
MENU
conf() {
	cat >"$C" <<CONF
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-11-01"
menu-file = "${2:-menu.conf}"
$1
CONF
}
conf ""

# --- a session with who invited, the tier and an item (any case)
run 0 --date 2026-11-20 touch -s 1 -g alex --invited-by Sam --tier connection --item "long HUG" --minutes 15 --light green
has "$out" "Invited by Sam."
has "$out" "From the connection list: Long hug."
[ "$(db 'SELECT initiator, tier, item FROM touch_detail')" = "2|1|Long hug" ] \
	|| fail "the details were not kept: $(db 'SELECT * FROM touch_detail')"
# No --tier: the list holding the item.
run 0 --date 2026-11-20 touch -s 1 -g sam --item "bath together"
has "$out" "From the experience list: Bath together."
# Nothing more said: no row at all.
run 0 --date 2026-11-20 touch -s 1 -g sam
[ "$(db 'SELECT count(*) FROM touch_detail')" = 2 ] || fail "a session with no details kept a row"
hasnt "$out" "Invited"

# --- refused, with one line, nothing saved
before=$(db 'SELECT count(*) FROM touch')
run 2 --date 2026-11-20 touch -s 1 -g alex --tier experience --item "Long hug"
has "$err" "that is not on your experience list"
run 2 --date 2026-11-20 touch -s 1 -g alex --item "Something else"
has "$err" "that is not on your menu"
run 2 --date 2026-11-20 touch -s 1 -g alex --tier later
has "$err" "--tier is connection or experience"
run 2 --date 2026-11-20 touch -s 1 -g alex --invited-by Robin
has "$err" "is neither partner"
[ "$(wc -l <"$T/err")" = 1 ] || fail "more than one line: $err"
[ "$(db 'SELECT count(*) FROM touch')" = "$before" ] || fail "a refused session was saved"

# --- a red light ends it gently
run 0 --date 2026-11-20 touch -s 1 -g alex --light red
has "$out" "Red ended it, gently"
hasnt "$out" "try again"

# --- the rotation: off by default; on, the other one from who invited last
run 0 --date 2026-11-20 stage
hasnt "$out" "turn to invite"
conf "invite-rotation = true"
run 0 --date 2026-11-20 stage
has "$out" "Alex's turn to invite, if it feels right."
run 0 --date 2026-11-20 touch -s 1 -g sam --invited-by alex
run 0 --date 2026-11-20 stage
has "$out" "Sam's turn to invite, if it feels right."
conf "invite-rotation = true
discreet = true"
run 0 --date 2026-11-20 stage
has "$out" "Sam's turn to suggest time together, if it feels right."
conf ""

# --- tend today shows the tier and item
run 0 --date 2026-11-20 today
has "$out" "connection: Long hug"
has "$out" "experience: Bath together"

# --- the guidelines: none, from a file, from standard input, shown at stage 3
run 0 touch --guidelines
has "$out" "No guidelines yet"
printf 'Warm up for ten minutes.\nRed ends it, no questions.\n' >"$T/g.txt"
run 0 touch --set-guidelines "$T/g.txt"
has "$out" "Kept the new stage-3 guidelines"
run 0 touch --guidelines
has "$out" "  Warm up for ten minutes."
has "$out" "  Red ends it, no questions."
printf 'Slow first \033[31mred\033[0m.\n' | "$TEND" --config "$C" --db "$D" touch --set-guidelines - >/dev/null \
	|| fail "guidelines from standard input were refused"
run 0 touch --guidelines
has "$out" "Slow first"
grep -q $'\033' "$T/out" && fail "an escape sequence reached the terminal"
[ "$(db 'SELECT count(*) FROM touch_guideline')" = 2 ] || fail "the earlier guidelines were not kept"
head -c 40010 /dev/zero | tr '\0' 'a' >"$T/long.txt"
run 2 touch --set-guidelines "$T/long.txt"
has "$err" "too long"
run 2 touch --set-guidelines "$T/none.txt"
has "$err" "cannot read"
run 2 touch --guidelines --stage 1
[ "$(db 'SELECT count(*) FROM touch_guideline')" = 2 ] || fail "a refused text was kept"
# Not shown below stage 3; shown with every stage-3 session.
run 0 --date 2026-11-21 touch -s 1 -g alex
hasnt "$out" "guidelines"
db "UPDATE touch_stage SET stage = 3, since = '2026-11-21'"
run 0 --date 2026-11-22 touch -s 3 -g sam --light yellow
has "$out" "Your guidelines for this stage:"
has "$out" "Slow first"
# Cleared by an empty file; a stage-3 session then logs without them.
: >"$T/empty.txt"
run 0 touch --set-guidelines "$T/empty.txt"
has "$out" "Cleared"
run 0 --date 2026-11-22 touch -s 3 -g sam
hasnt "$out" "guidelines"

# --- export: the details per session, the guidelines kept
run 0 export --format csv --table touch_detail
has "$out" "touch_id,day,invited_by,invited_by_name,tier,item"
has "$out" '2026-11-20,2,"Sam",connection,"Long hug"'
has "$out" '2026-11-20,,"",experience,"Bath together"'
run 0 export --format json
has "$out" '"touch_detail": [{'
has "$out" '"guidelines": ['

# --- discreet: neutral words, no item
conf "discreet = true"
run 0 --date 2026-11-22 touch -s 3 -g alex --tier quick --item "sofa cuddle"
has "$out" "From the quick list."
hasnt "$out" "Sofa cuddle"
run 0 --date 2026-11-20 today
has "$out" "quick"
hasnt "$out" "Long hug"
hasnt "$out" "connection"

# --- the menu file's mistakes: FILE:LINE, exit non-zero, nothing written
conf ""
printf 'connection = { "Hug" }\ndessert = { "Cake" }\n' >"$M"
run 2 --date 2026-11-22 touch -s 1 -g alex
has "$err" "menu.conf:2: no such option 'dessert'"
printf 'connection = {\n "Hug",\n "hug"\n}\n' >"$M"
run 2 --date 2026-11-22 touch -s 1 -g alex
has "$err" "menu.conf:3: connection: \"hug\" is on the list twice"
cat >"$M" <<'MENU'
connection = { "Long hug" }
MENU
conf "" missing.conf
run 1 --date 2026-11-22 touch -s 1 -g alex
has "$err" "missing.conf"
# Only what offers or checks the menu reads it: the week still shows.
run 0 --date 2026-11-22 week
has "$out" "Week of"

# --- forget erases the details and the guidelines
conf ""
run 0 touch --set-guidelines "$T/g.txt"
run 0 forget --all --yes-really
[ "$(db 'SELECT count(*) FROM touch_detail') $(db 'SELECT count(*) FROM touch_guideline')" = "0 0" ] \
	|| fail "forget left touch details or guidelines behind"

finish "touchmore"
