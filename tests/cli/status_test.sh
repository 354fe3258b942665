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
out=$(tend status --date $D2 --format $'x\e[31my')
[[ "$out" == *$'\e'* ]] && fail "an escape reached the terminal"

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

finish "status tests"
