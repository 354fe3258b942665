#!/usr/bin/env bash
# `tend ritual` from the command line: add, the week's grid, done and
# undone, pause and resume on purpose (the pause stays dated, so an earlier
# week still shows it), remove, names matched in any case, bad input refused
# with one line and nothing saved, and the rituals in `tend week`, `tend
# today`, export and forget.
TEND=${1:?usage: ritual_test.sh TEND}
. "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
# One ritual's row of the grid, exactly.
row() { grep -F -- "$2" <<<"$1" | head -1; }

# Day 1 is a Monday, so a week runs Monday to Sunday.
cat >"$C" <<'CONF'
partner "Alex" {}
partner "Zoë" {}
start-date = "2026-11-09"
CONF

run 0 --date 2026-11-23 ritual
has "$out" "No rituals yet."
run 0 ritual --help
has "$out" "usage: tend ritual [list]"
run 0 --help
has "$out" "ritual"
[ -e "$D" ] && fail "listing rituals made a database"

# --- adding
run 0 --date 2026-11-16 ritual add "Thursday walk" --days thu
has "$out" "Added Thursday walk, Thursdays, from Mon 16 Nov 2026."
run 0 --date 2026-11-16 ritual add "Sunday coffee" -d sun --at 09:00
has "$out" "Sundays at 09:00"
run 0 --date 2026-11-16 ritual add "Reading aloud" --days daily --at=22:00
run 2 --date 2026-11-16 ritual add "reading ALOUD" --days mon
has "$err" 'tend ritual: there is already a ritual called "reading ALOUD"'
run 2 ritual add "Walk" --days thursdays
has "$err" "--days is daily, weekdays, weekends, or days like mon,thu"
run 2 ritual add "Walk" --days thu --at 25:00
has "$err" "--at is a time as HH:MM"
run 2 ritual add "Walk"
has "$err" "add needs --days"
run 2 ritual add $'bad\e[2Jname' --days thu
has "$err" "the ritual's name contains a control character"
grep -q $'\e' "$T/err" && fail "an escape reached the terminal"
run 2 ritual add "$(printf 'x%.0s' $(seq 50))" --days thu
has "$err" "wider than 40 columns"
run 2 ritual done
has "$err" "done takes one ritual's name"
run 2 ritual dance "Walk"
has "$err" "say list, add, done, undone, pause, resume or remove"
run 2 ritual done "Thursday walk" --days thu
has "$err" "--days goes with add"
[ "$(db 'SELECT count(*) FROM ritual')" = 3 ] || fail "a refused ritual was saved"
mode=$(stat -c %a "$D"); [ "$mode" = 600 ] || fail "the database is $mode"

# --- marking
run 0 --date 2026-11-26 ritual done "THURSDAY walk"
has "$out" "Thursday walk: done for Thu 26 Nov 2026."
run 0 --date 2026-11-26 ritual done "thursday walk"
has "$out" "already marked done"
run 2 --date 2026-11-25 ritual done "Thursday walk"
has "$err" 'tend ritual: "Thursday walk" is kept Thursdays; Wed 25 Nov is not one of its days'
run 2 --date 2026-11-12 ritual done "Thursday walk"
has "$err" '"Thursday walk" began on Mon 16 Nov'
run 2 --date 2026-11-26 ritual done "Evening run"
has "$err" 'tend ritual: no ritual is called "Evening run"'
run 0 --date 2026-11-23 ritual done "reading aloud"
run 0 --date 2026-11-24 ritual done "reading aloud"
run 0 --date 2026-11-24 ritual undone "reading aloud"
has "$out" "the mark for Tue 24 Nov 2026 is taken back"
run 0 --date 2026-11-25 ritual done "reading aloud"

# --- pausing on purpose, resuming on purpose
run 2 --date 2026-11-27 ritual pause "Sunday coffee"
has "$err" "pause needs --reason"
run 2 --date 2026-11-27 ritual pause "sunday coffee" --reason $'away\e]0;x\a'
has "$err" "the reason contains a control character"
grep -q $'\e' "$T/err" && fail "an escape reached the terminal"
run 2 --date 2026-11-27 ritual pause "sunday coffee" --reason "$(printf 'y%.0s' $(seq 121))"
has "$err" "the reason is 121 characters long; 120 at most"
[ "$(db 'SELECT count(*) FROM ritual_pause')" = 0 ] || fail "a refused pause was saved"
run 0 --date 2026-11-27 ritual pause "sunday coffee" --reason "travel"
has "$out" "Sunday coffee: paused from Fri 27 Nov 2026."
run 2 --date 2026-11-28 ritual pause "sunday coffee" --reason "again"
has "$err" "is paused already"
run 2 --date 2026-11-29 ritual done "Sunday coffee"
has "$err" '"Sunday coffee" is paused then; resume it first'
printf 'illness' >"$T/reason"
run 0 --date 2026-11-27 ritual pause "reading aloud" --reason - <"$T/reason"
[ "$(db "SELECT reason FROM ritual_pause WHERE from_day = '2026-11-27' AND ritual = 3")" = illness ] \
	|| fail "the reason read from standard input"
run 2 --date 2026-11-26 ritual resume "reading aloud"
has "$err" "resumes on that day or later"
run 0 --date 2026-11-29 ritual resume "reading aloud"
has "$out" "Reading aloud: resumed from Sun 29 Nov 2026."
run 2 --date 2026-11-29 ritual resume "thursday walk"
has "$err" '"Thursday walk" is not paused'

# --- the week's grid: done, blank, not its day, paused
run 0 --date 2026-11-28 ritual
has "$out" "Week of Mon 23 Nov - Sun 29 Nov"
has "$out" "Rituals             Mon Tue Wed Thu Fri Sat Sun"
[ "$(row "$out" "Thursday walk")" = "Thursday walk        ·   ·   ·   ✓   ·   ·   ·  Thursdays" ] \
	|| fail "the walk's row: $(row "$out" "Thursday walk")"
[ "$(row "$out" "Sunday coffee")" = "Sunday coffee        ·   ·   ·   ·   ·   ·   –  Sundays at 09:00" ] \
	|| fail "the coffee's row: $(row "$out" "Sunday coffee")"
[ "$(row "$out" "Reading aloud")" = "Reading aloud        ✓       ✓       –   –      every day at 22:00" ] \
	|| fail "the reading's row: $(row "$out" "Reading aloud")"
has "$out" "Sunday coffee is paused since Fri 27 Nov 2026: travel."
hasnt "$out" "missed"
# An earlier week shows the pause as it was then, after it was resumed.
run 0 --date 2026-11-29 ritual resume "Sunday coffee"
run 0 --date 2026-12-07 ritual
[ "$(row "$out" "Sunday coffee")" = "Sunday coffee        ·   ·   ·   ·   ·   ·      Sundays at 09:00" ] \
	|| fail "the coffee's row after the resume: $(row "$out" "Sunday coffee")"
run 0 --date 2026-11-28 ritual
[ "$(row "$out" "Reading aloud")" = "Reading aloud        ✓       ✓       –   –      every day at 22:00" ] \
	|| fail "the paused days of a past week: $(row "$out" "Reading aloud")"
# ASCII marks where the terminal has no UTF-8.
LC_ALL=C run 0 --date 2026-11-28 ritual
[ "$(row "$out" "Thursday walk")" = "Thursday walk        .   .   .   x   .   .   .  Thursdays" ] \
	|| fail "the ASCII row: $(row "$out" "Thursday walk")"

# --- tend week and tend today
run 0 --date 2026-11-26 week
has "$out" "Reading aloud        ✓       ✓"
run 0 --date 2026-12-03 today
has "$out" "Rituals      Thursday walk, Reading aloud (22:00)"
run 0 --date 2026-12-03 ritual done "thursday walk"
run 0 --date 2026-12-03 today
has "$out" "Rituals      Thursday walk ✓, Reading aloud (22:00)"
run 0 --date 2026-12-02 today
hasnt "$out" "Thursday walk"

# --- export: three tables, three JSON members
run 0 export --format csv --table rituals
has "$out" 'id,name,days,at,since,created'
has "$out" ',"Thursday walk",thu,,2026-11-16,'
has "$out" ',"Sunday coffee",sun,09:00,2026-11-16,'
has "$out" ',"Reading aloud",daily,22:00,2026-11-16,'
run 0 export --format csv --table ritual_days
has "$out" 'ritual,name,day,created'
has "$out" ',"Thursday walk",2026-11-26,'
hasnt "$out" '2026-11-24'
run 0 export --format csv --table ritual_pauses
has "$out" 'ritual,name,from,to,reason,created'
has "$out" ',"Sunday coffee",2026-11-27,2026-11-29,"travel",'
run 0 export --format json
python3 -c '
import json, sys
d = json.load(sys.stdin)
names = [r["name"] for r in d["rituals"]]
assert names == ["Thursday walk", "Sunday coffee", "Reading aloud"], names
coffee = d["rituals"][1]
assert coffee["days"] == ["sun"] and coffee["at"] == "09:00", coffee
assert d["rituals"][0]["at"] is None
p = [x for x in d["ritual_pauses"] if x["name"] == "Sunday coffee"][0]
assert p["reason"] == "travel" and p["from"] == "2026-11-27" and p["to"] == "2026-11-29", p
marks = [(m["name"], m["day"]) for m in d["ritual_days"]]
assert ("Thursday walk", "2026-11-26") in marks, marks
assert ("Reading aloud", "2026-11-24") not in marks, marks
' <"$T/out" || fail "the JSON export of the rituals: $out"

# --- remove, then forget
# The automatic backups hold the coffee until it is removed, then not.
copies() { for b in "$T"/backups/tend-*.db; do sqlite3 "$b" "SELECT name FROM ritual"; done; }
rm -f "$T"/backups/tend-*.db
run 0 --date 2026-11-28 ritual undone "thursday walk"
ls "$T"/backups/tend-*.db >/dev/null 2>&1 || fail "no automatic backup was made"
has "$(copies)" "Sunday coffee"
run 0 ritual remove "sunday COFFEE"
hasnt "$(copies)" "Sunday coffee"
has "$(copies)" "Thursday walk"
has "$out" "Sunday coffee: removed, with its marks."
run 0 --date 2026-11-28 ritual
hasnt "$out" "Sunday coffee"
[ "$(db 'SELECT count(*) FROM ritual')" = 2 ] || fail "the removed ritual is still in the file"
[ "$(db 'SELECT count(*) FROM ritual_pause')" = 1 ] || fail "the removed ritual's pause is still in the file"
run 0 forget --all --yes-really
[ "$(db 'SELECT count(*) FROM ritual') $(db 'SELECT count(*) FROM ritual_day') $(db 'SELECT count(*) FROM ritual_pause')" = "0 0 0" ] \
	|| fail "forget left rituals behind"

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "ok"
