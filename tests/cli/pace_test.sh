#!/usr/bin/env bash
# The ground rules and the program's pace from the command line: `tend
# rules` writes the stop-phrases and red lines into a hand-written config
# and every comment survives; `tend pause` / `tend resume` stop the plan's
# day ("day N of 60" in `tend today`) and move it on by the paused days;
# export, forget and the refusals.
TEND=${1:?usage: pace_test.sh TEND}
. "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin

cat >"$C" <<'CONF'
# Our config. We wrote it by hand; keep these notes.
partner "Alex" { color = "cyan" }  # Alex likes cyan
partner "Sam" { color = "magenta" }

start-date = "2026-11-01"   # the day we began
// The phrases from our first week:
stop-phrases = {"Time-out", "This matters"}   # agreed on day 2
/* A block comment
   over two lines. */
checkin-time = "21:30"
CONF
cp "$C" "$T/before.conf"

# --- the rules, shown and written
run 0 rules
has "$out" "  1  Time-out"
has "$out" "  2  This matters"
has "$out" "  1  No name-calling"
has "$out" "going on"
run 0 rules --stop-phrase 2 'Let us breathe'
has "$out" "comments and other settings are as they were"
run 0 rules --red-line 4 'No phones during a fight'
# Only the value of stop-phrases changed; red-lines was added; the rest is
# the file as it was, byte for byte.
diff <(sed 's/^stop-phrases = .*   # agreed on day 2$/STOP/' "$C" | grep -v '^red-lines = ') \
     <(sed 's/^stop-phrases = .*   # agreed on day 2$/STOP/' "$T/before.conf") >"$T/diff" ||
	fail "the config changed beyond the two keys: $(cat "$T/diff")"
grep -qxF 'stop-phrases = {"Time-out", "Let us breathe"}   # agreed on day 2' "$C" ||
	fail "stop-phrases not rewritten in place: $(cat "$C")"
grep -qxF 'red-lines = {"No name-calling", "No threats of leaving during a fight", "No reopening settled issues unless both agree", "No phones during a fight"}' "$C" ||
	fail "red-lines not added: $(cat "$C")"
[ "$(stat -c %a "$C")" = 600 ] || fail "config mode $(stat -c %a "$C")"
run 0 rules
has "$out" "  2  Let us breathe"
has "$out" "  4  No phones during a fight"
run 0 rules --remove-red-line 1
run 0 rules
has "$out" "  1  No threats of leaving during a fight"
hasnt "$out" "No name-calling"
# Hostile or bad texts are refused, the file untouched.
cp "$C" "$T/mid.conf"
run 2 rules --stop-phrase 1 'let US breathe'
has "$err" "tend rules: the two stop-phrases are the same"
run 2 rules --stop-phrase 1 "$(printf 'a\033[2Jb')"
run 2 rules --red-line 1 "$(head -c 121 /dev/zero | tr '\0' x)"
has "$err" "121 characters long"
run 2 rules --stop-phrase 3 Stop
run 2 rules --stop-phrase 1
run 2 rules --red-line 1 A --stop-phrase 1 B
cmp -s "$C" "$T/mid.conf" || fail "a refused rule changed the config"
# TEXT "-" comes from standard input; through a symlink the target changes.
mv "$C" "$T/real.conf"
ln -s "$T/real.conf" "$C"
echo 'Pause, please' | "$TEND" --config "$C" --db "$D" rules --stop-phrase 1 - >/dev/null ||
	fail "rules from stdin"
[ -L "$C" ] || fail "the symlink was replaced"
grep -qF '{"Pause, please", "Let us breathe"}' "$T/real.conf" || fail "stdin phrase: $(cat "$T/real.conf")"

# --- the pace: a pause in the middle moves day N on
run 0 --date 2026-11-10 today
has "$(title "$out")" "Tue 10 Nov 2026 · Day 10 of 60 · Ground rules"
run 0 --date 2026-11-10 pause --reason 'Sam has the flu'
has "$out" "paused from Tue 10 Nov"
run 0 --date 2026-11-12 today
has "$(title "$out")" "Day 10 of 60 · Ground rules · paused since Tue 10 Nov"
# Logging stays open while paused.
run 0 --date 2026-11-12 checkin alex --mood 3 --stress 4
run 2 --date 2026-11-12 pause
has "$err" "already paused since Tue 10 Nov"
run 2 --date 2026-11-10 resume
has "$err" "the pause began on Tue 10 Nov"
run 0 --date 2026-11-13 resume
has "$out" "after 3 paused days"
has "$out" "Day 10 of 60"
run 0 --date 2026-11-20 today
has "$(title "$out")" "Fri 20 Nov 2026 · Day 17 of 60 · Share the load"
run 0 --date 2026-11-20 week
has "$(title "$out")" "Week of Wed 18 Nov - Tue 24 Nov 2026 · Day 17 of 60"
run 0 --date 2026-11-20 rules
has "$out" "paused Tue 10 Nov to Thu 12 Nov (3 days): Sam has the flu"
run 0 --date 2026-11-20 plan
has "$out" "The program was paused from Tue 10 Nov to Thu 12 Nov (3 days)."
has "$out" "the days lived before a pause keep their dates"
has "$out" "From Sun 1 Nov 2026 to Sat 2 Jan 2027"
run 2 --date 2026-11-12 pause
has "$err" "an earlier pause went on until Fri 13 Nov"
run 2 --date 2026-11-20 resume
has "$err" "not paused"
# A second pause still running.
run 0 --date 2026-11-25 pause
run 0 --date 2026-12-05 today
has "$(title "$out")" "Day 22 of 60"
has "$(title "$out")" "paused since Wed 25 Nov"

# --- export and forget
run 0 export --format csv --table pauses
[ "$out" = 'from,resumed,days,reason
2026-11-10,2026-11-13,3,"Sam has the flu"
2026-11-25,,,' ] || fail "pauses CSV: $out"
run 0 export --format json
has "$out" '{"from": "2026-11-10", "resumed": "2026-11-13", "days": 3, "reason": "Sam has the flu"},'
has "$out" '{"from": "2026-11-25", "resumed": null, "days": null, "reason": null}'
/usr/bin/python3 -c 'import json, sys; p = json.load(sys.stdin)["pauses"]; sys.exit(len(p) != 2)' \
	<<<"$out" || fail "the JSON export does not hold the two pauses: $out"
run 0 forget --all --yes-really
run 0 --date 2026-12-05 today
has "$(title "$out")" "Day 35 of 60"
run 0 export --format csv --table pauses
[ "$out" = 'from,resumed,days,reason' ] || fail "pauses after forget: $out"

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "pace: all passed"
