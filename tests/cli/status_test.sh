#!/usr/bin/env bash
# tend status: the line from a real database, a template, discreet words,
# a running time-out, a template refused, and hostile text made safe.
TEND=${1:?usage: status_test.sh TEND}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
tend() { "$TEND" --config "$C" --db "$D" "$@"; }
is() { [ "$1" = "$2" ] || fail "wanted \"$2\", got \"$1\""; }

"$TEND" --config "$C" init --partner Alex --partner Sam --start 2026-11-02 --checkin 21:15 \
	>/dev/null || fail "init"
# No database yet: today is empty, and nothing is made.
is "$(tend status --date 2026-11-20)" "check-in 21:15 · gestures 0/2-5 · repairs 0/1"
[ ! -e "$D" ] || fail "status made a database"

D2=2026-11-20
tend gesture Alex "hug" --date $D2 >/dev/null
tend gesture Sam "tea" --date $D2 >/dev/null
tend gesture Sam "note" --date $D2 >/dev/null
tend repair Alex "sorry" --date $D2 >/dev/null
tend checkin Alex --mood 4 --stress 2 --date $D2 >/dev/null
is "$(tend status --date $D2)" "check-in 21:15 · gestures 3/2-5 · repairs 1/1"
tend checkin Sam --mood 3 --stress 3 --date $D2 >/dev/null
is "$(tend status --date $D2)" "check-in done · gestures 3/2-5 · repairs 1/1"
is "$(tend status --date $D2 --format '{day}: {gestures}')" "day 19: gestures 3"
is "$(LC_ALL=C tend status --date $D2)" "check-in done - gestures 3/2-5 - repairs 1/1"

# A template that names no field, or an escape: refused, or made safe.
tend status --format '{mood}' >/dev/null 2>"$T/err" && fail "{mood} was taken"
grep -q "tend status: --format: no field {mood}" "$T/err" || fail "no clear message: $(cat "$T/err")"
# Refused before anything is read: the template is the one thing said.
echo "not a database" >"$T/junk.db"
"$TEND" --config "$C" --db "$T/junk.db" status --format '{mood}' >/dev/null 2>"$T/err"
[ $? = 2 ] || fail "a bad template did not exit 2"
[ "$(wc -l <"$T/err")" = 1 ] && grep -q "no field {mood}" "$T/err" \
	|| fail "not the template's one line: $(cat "$T/err")"
out=$(tend status --date $D2 --format $'x\e[31my')
[[ "$out" == *$'\e'* ]] && fail "an escape reached the terminal"

# A status bar asks every few seconds, so the day's figures are kept in a
# note beside the database, believed only while the database and its WAL
# are as they were when it was made (and made two seconds after their last
# change at least). Files dated a minute back, as after an earlier command:
back() {
	for f in "$D" "$D-wal"; do
		[ ! -e "$f" ] || touch -d "@$(($(stat -c %Y "$f") - 60))" "$f"
	done
}
D3=2026-11-22
tend gesture Sam "flowers" --date $D3 >/dev/null
back
is "$(tend status --date $D3)" "check-in 21:15 · gestures 1/2-5 · repairs 0/1"
[ "$(stat -c %a "$D-glance" 2>/dev/null)" = 600 ] || fail "no note made, or not 0600"
grep -q "flowers" "$D-glance" && fail "the note holds text"
# The note answers while the files match it: a count changed in it shows.
awk '{ $17 = 7; print }' "$D-glance" >"$T/note" && cat "$T/note" >"$D-glance"
is "$(tend status --date $D3)" "check-in 21:15 · gestures 7/2-5 · repairs 0/1"
# A note made within two seconds of the last change is not believed: file
# times are coarse, and a change in the same tick would leave them alike.
newest=$(stat -c %Y "$D")
[ ! -e "$D-wal" ] || [ "$(stat -c %Y "$D-wal")" -le "$newest" ] || newest=$(stat -c %Y "$D-wal")
touch -d "@$((newest + 1))" "$D-glance"
is "$(tend status --date $D3)" "check-in 21:15 · gestures 1/2-5 · repairs 0/1"
awk '{ $17 = 7; print }' "$D-glance" >"$T/note" && cat "$T/note" >"$D-glance"
touch -d "@$((newest + 2))" "$D-glance"
is "$(tend status --date $D3)" "check-in 21:15 · gestures 7/2-5 · repairs 0/1"
# It is the note of one day: another day is read from the database.
is "$(tend status --date $D2)" "check-in done · gestures 3/2-5 · repairs 1/1"
back
tend status --date $D3 >/dev/null
awk '{ $17 = 7; print }' "$D-glance" >"$T/note" && cat "$T/note" >"$D-glance"
is "$(tend status --date $D3)" "check-in 21:15 · gestures 7/2-5 · repairs 0/1"
# A new entry is seen at once: what it wrote no longer matches the note
# (made later than the note, or, here, with its files dated back).
tend gesture Alex "a walk" --date $D3 >/dev/null
back
is "$(tend status --date $D3)" "check-in 21:15 · gestures 2/2-5 · repairs 0/1"
# Neither is a change the dashboard made and copied into the database.
back
tend status --date $D3 >/dev/null
awk '{ $17 = 7; print }' "$D-glance" >"$T/note" && cat "$T/note" >"$D-glance"
sqlite3 "$D" "UPDATE gesture SET text = 'a long walk' WHERE text = 'a walk'; PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null \
	|| fail "sqlite3"
back
is "$(tend status --date $D3)" "check-in 21:15 · gestures 2/2-5 · repairs 0/1"

# A running time-out shows, in discreet words too.
tend timeout Alex >/dev/null 2>&1 || fail "timeout"
[[ "$(tend status)" == *"· time-out" ]] || fail "no time-out in: $(tend status)"
tend return >/dev/null 2>&1 || fail "return"
[[ "$(tend status)" == *"time-out"* ]] && fail "the time-out shows after the return"
echo "discreet = true" >>"$C"
out=$(tend status --date $D2)
is "$out" "evening done · 3/2-5 · 1/1"
tend timeout Alex >/dev/null 2>&1
[[ "$(tend status)" == *"· a pause" ]] || fail "no neutral pause in: $(tend status)"

# Forgetting everything takes the note too.
[ -e "$D-glance" ] || fail "no note before forget"
tend forget --all --yes-really >/dev/null 2>&1 || fail "forget --all"
[ ! -e "$D-glance" ] || fail "the note outlived forget --all"

finish "status tests"
