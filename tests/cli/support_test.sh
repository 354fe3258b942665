#!/usr/bin/env bash
# `tend support`: the help's words with the couple's own contacts (printed
# safely), safety first, discreet words, nothing written; what moved since
# the first two weeks at the top and at the end of `tend today` and `tend
# week`, from week 3 only. Every day is pinned with --date.
TEND=${1:?usage: support_test.sh TEND}
. "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
day() { date -d "2026-11-09 + $(( $1 - 1 )) days" +%F; }

# No config at all: the help still comes (without contacts of your own),
# a note says why, and nothing is created.
"$TEND" --config "$T/none.conf" support >"$T/out" 2>"$T/err" || fail "support without a config failed"
has "$(cat "$T/out")" "Safety comes first."
has "$(cat "$T/out")" "Emergency: your local emergency number"
[ "$(cat "$T/err")" = "tend support: note: no config yet, so none of your own contacts below" ] ||
	fail "note without a config: $(cat "$T/err")"
[ -z "$(ls -A "$T" | grep -v -e '^out$' -e '^err$' -e '^home$')" ] || fail "files made: $(ls -A "$T")"
# The demo's too, with what moved first.
"$TEND" --demo --date 2026-11-20 support >"$T/out" 2>"$T/err" || fail "support --demo failed: $(cat "$T/err")"
[ "$(head -1 "$T/out")" = "Since weeks 1-2: fewer time-outs a week, higher moods and more repairs." ] ||
	fail "the demo's support starts with: $(head -1 "$T/out")"

cat >"$C" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-11-09"
CONF

# No contacts yet: where they go, and the local emergency number meanwhile.
# Nothing is written: no database appears.
run 0 --date 2026-11-12 support
has "$out" "Safety comes first."
has "$out" "Emergency: your local emergency number (112, 911, 999...)."
has "$out" "Your therapist: none noted yet (therapist in tend.conf)."
for w in "affair" "gambling" "self-harm" "panic, or you go numb" "Shame:" "No time:" \
	"Keeping score:" "Different speeds:" "Reading this screen saves nothing."; do
	has "$out" "$w"
done
# Safety comes before the situations, the emergency contact right after it.
[ "$(grep -n 'Safety comes first' <<<"$out" | cut -d: -f1)" -lt \
  "$(grep -n 'Bring in a professional' <<<"$out" | cut -d: -f1)" ] ||
	fail "safety does not come first: $out"
has "$(grep -A4 'Safety comes first' <<<"$out")" "Emergency:"
[ -e "$D" ] && fail "tend support created the database"
[ -z "$err" ] || fail "a note on stderr: $err"
# Every line fits 80 columns.
awk 'length > 80 { print "too long: " $0; bad = 1 } END { exit bad }' "$T/out" ||
	fail "lines over 80 columns"

# The couple's own contacts, printed safely: a bidi override is replaced.
printf 'therapist = "Dr. Rivera \xe2\x80\xae, 555-0100"\nemergency = "112, or Jo next door"\n' >>"$C"
run 0 support
has "$out" "Emergency: 112, or Jo next door"
has "$out" "Your therapist: Dr. Rivera "
if grep -q $'\xe2\x80\xae' "$T/out"; then fail "the bidi override was printed raw"; fi
# A bad contact is refused with the file and line.
cp "$C" "$T/good.conf"
sed -i 's/^emergency = .*/emergency = "call \\e[31m"/' "$C"
run 2 support
has "$err" "tend support: $C:5: emergency: \"call \\x1B[31m\" contains a control character"
[ -z "$out" ] || fail "output with a bad config: $out"
cp "$T/good.conf" "$C"

# Discreet: neutral words.
cp "$C" "$T/plain.conf"
echo "discreet = true" >>"$C"
run 0 support
has "$out" "Safety comes first."
hasnt "$out" "sex"
hasnt "$out" "touch"
cp "$T/plain.conf" "$C"

# Arguments are refused.
run 2 support now
has "$err" "tend support: takes no arguments"

# What moved: weeks 1-2 with moods of 2, week 3 with moods of 4 and repairs.
for n in $(seq 1 14); do run 0 --date "$(day "$n")" checkin 1 --mood 2 --stress 3; done
for n in $(seq 15 21); do run 0 --date "$(day "$n")" checkin 1 --mood 4 --stress 2; done
run 0 --date "$(day 20)" repair 1 "I was short with you"
# Day 20: week 3 has not had a week yet: nothing said.
run 0 --date "$(day 20)" week
hasnt "$out" "Since weeks 1-2"
run 0 --date "$(day 20)" support
hasnt "$out" "Since weeks 1-2"
sum=$(sha256sum "$D")
run 0 --date "$(day 21)" support
[ "$(head -1 <<<"$out")" = "Since weeks 1-2: higher moods and more repairs." ] ||
	fail "support does not start with what moved: $out"
[ "$(sha256sum "$D")" = "$sum" ] || fail "tend support changed the database"
run 0 --date "$(day 21)" week
[ "$(tail -1 <<<"$out")" = "Since weeks 1-2: higher moods and more repairs." ] ||
	fail "week does not end with what moved: $out"
run 0 --date "$(day 21)" today
[ "$(tail -1 <<<"$out")" = "Since weeks 1-2: higher moods and more repairs." ] ||
	fail "today does not end with what moved: $out"

[ "$fails" = 0 ] && echo "PASS: support" || exit 1
