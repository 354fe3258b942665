#!/usr/bin/env bash
# `tend review`: the week's agenda against tests/cli/review_week.expected
# (kind moments first; no time-out, no turned-away bid, no word of whether
# a repair was accepted), the closing review due until both answered,
# answers kept and shown, the quarterly review after it, bad input refused.
TEND=${1:?usage: review_test.sh TEND EXPECTED_DIR}
EXP=${2:?usage: review_test.sh TEND EXPECTED_DIR}
. "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin

# Day 1 is Tuesday 1 September: week 3 is Tue 15 to Mon 21 September.
cat >"$C" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-09-01"
CONF

# --- no database yet: nothing is made, and the review is due all the same
run 0 --date 2026-10-28 review
has "$out" "The closing review is due (open since Tue 27 Oct 2026)"
run 0 --date 2026-09-18 review --week
has "$out" "Nothing written down this week yet."
[ ! -e "$D" ] || fail "showing the review made a database"

# --- the week's agenda
run 0 --date 2026-09-15 checkin alex --mood 4 --stress 2 --gratitude "the soup you made"
run 0 --date 2026-09-15 checkin sam --mood 3 --stress 3
run 0 --date 2026-09-15 gesture sam "a hug at the door" --bid toward
run 0 --date 2026-09-16 gesture alex "looked at the phone instead" --bid away
run 0 --date 2026-09-16 repair sam "I was short with you. That was unfair."
run 0 --date 2026-09-17 repair alex "Let me say that again, more gently." --accepted
run 0 --date 2026-09-17 gesture alex "$(printf 'a note \033[31min red\033[0m on the mirror, and a long one that runs on past the end of the line')"
run 0 --date 2026-09-21 checkin sam --mood 4 --stress 2 --gratitude "Sunday coffee"
run 0 --date 2026-09-15 ritual add "Thursday walk" --days thu
run 0 --date 2026-09-17 ritual done "Thursday walk"
run 0 --date 2026-09-16 talk add --by alex --what "the dishes waited" --ask "can we share them?"
run 0 --date 2026-09-22 gesture sam "next week's hug"
run 0 --date 2026-09-14 gesture sam "last week's hug"
# A time-out, as it happens now: it must never appear in the agenda.
run 0 timeout sam
run 0 --date 2026-09-18 review --week
diff -u "$EXP/review_week.expected" "$T/out" || fail "tend review --week differs from review_week.expected"
[ "$(wc -L <"$T/out")" -le 80 ] || fail "a line over 80 columns: $(wc -L <"$T/out")"
hasnt "$out" $'\033'
hasnt "$out" "accepted"
hasnt "$out" "Time-out"
# The same week from its first and its last day; the day before is another week.
run 0 --date 2026-09-15 review -w
diff -q "$EXP/review_week.expected" "$T/out" >/dev/null || fail "week 3 from its first day differs"
run 0 --date 2026-09-21 review --week
diff -q "$EXP/review_week.expected" "$T/out" >/dev/null || fail "week 3 from its last day differs"
run 0 --date 2026-09-14 review --week
has "$out" "Weekly review, week 2: Tue 8 Sep to Mon 14 Sep 2026"
has "$out" "last week's hug"
hasnt "$out" "the soup"
# Discreet: neutral words for touch.
sed 's/^start-date/discreet = true\nstart-date/' "$C" >"$T/discreet.conf"
"$TEND" --config "$T/discreet.conf" --db "$D" --date 2026-09-18 review --week >"$T/out" 2>&1 || fail "discreet review"
out=$(cat "$T/out")
has "$out" "Together"
has "$out" "Step 1: quiet time close together"
hasnt "$out" "touch"
hasnt "$out" "Stage"

# --- the closing review: days 57-60 (Tue 27 to Fri 30 Oct)
run 0 --date 2026-10-26 review
has "$out" "No review is open yet. The closing review opens on Tue 27 Oct 2026 (day 57)."
run 2 --date 2026-10-26 review answer --partner alex --good a --heavy b --next c
has "$err" "tend review: no review is open yet: the closing review opens on Tue 27 Oct (day 57 of the plan)"
run 0 --date 2026-10-27 review
has "$out" "The closing review is due (open since Tue 27 Oct 2026)"
run 0 --date 2026-10-28 review answer --partner alex --good "the check-ins" --heavy "late evenings" --next "a walk on Sundays"
has "$out" "Saved Alex's answers to the closing review."
run 0 --date 2026-10-28 review
has "$out" "One of you has answered"
hasnt "$out" "Alex"
hasnt "$out" "Sam"
has "$out" "answered by one of you so far"
# A second answer replaces the first; the week's agenda puts it on the table.
run 0 --date 2026-10-29 review answer -p alex --good "the evening check-ins" --heavy "late evenings" --next "a walk on Sundays"
has "$out" "(in place of the earlier ones)"
run 0 --date 2026-10-29 review --week
has "$out" "The closing review is due: each of you answers what felt good"
echo "the mornings" | "$TEND" --config "$C" --db "$D" --date 2026-11-02 review answer --partner 2 --good "the hugs" --heavy - --next "cook together" >"$T/out" 2>"$T/err" || fail "answer from stdin: $(cat "$T/err")"
has "$(cat "$T/out")" "You have both answered."
run 0 --date 2026-11-02 review
has "$out" "You have both answered. Quarterly review 1 opens on Sat 30 Jan 2027."
has "$out" "The closing review, opened Tue 27 Oct 2026: answered by both of you"
run 0 --date 2026-11-02 review --week
hasnt "$out" "Looking back"
run 0 review --history
has "$out" "The closing review, opened Tue 27 Oct 2026"
has "$out" "Alex, on Thu 29 Oct 2026"
has "$out" "the evening check-ins"
hasnt "$out" "      the check-ins"
has "$out" "Sam, on Mon 2 Nov 2026"
has "$out" "the mornings"
[ "$(db "SELECT review, opens, partner, day FROM review_answer WHERE deleted_at IS NULL ORDER BY partner")" = \
  "0|2026-10-27|1|2026-10-29
0|2026-10-27|2|2026-11-02" ] || fail "answers stored: $(db "SELECT * FROM review_answer")"
# The replaced answer is deleted, for the purge to erase (see test_review).
[ "$(db "SELECT count(*) FROM review_answer WHERE deleted_at IS NOT NULL")" = 1 ] ||
	fail "the replaced answer is not marked deleted"

# --- quarterly review 1 from day 152 (Sat 30 Jan): the plan counts its
# quarters from day 61, 13 weeks each
run 0 --date 2027-01-29 review
hasnt "$out" "due"
run 0 --date 2027-01-30 review
has "$out" "Quarterly review 1 is due (open since Sat 30 Jan 2027)"
run 0 --date 2027-05-01 review
has "$out" "Quarterly review 2 is due (open since Sat 1 May 2027)"
run 0 --date 2027-02-05 review answer -p 1 --good g --heavy h --next n
has "$out" "Saved Alex's answers to quarterly review 1."

# Hostile text in an answer is kept as typed and never reaches the terminal raw.
run 0 --date 2027-02-06 review answer -p 2 --good "$(printf 'the \033]0;owned\007walks')" --heavy h --next n
run 0 review --history
hasnt "$out" $'\033'
hasnt "$out" $'\007'
has "$out" "the �]0;owned�walks"
[ "$(db "SELECT hex(good) FROM review_answer WHERE deleted_at IS NULL AND review = 1 AND partner = 2")" = \
  "$(printf 'the \033]0;owned\007walks' | od -An -tx1 | tr -d ' \n' | tr a-f A-F)" ] || fail "the answer was not kept as typed"

# --- export: the table "reviews" and the JSON member
run 0 export --format csv --table reviews
[ "$(head -1 <<<"$out")" = "id,review,quarter,opens,partner,name,day,created,good,heavy,next" ] ||
	fail "reviews CSV header: $(head -1 <<<"$out")"
has "$out" ',closing,,2026-10-27,1,"Alex",2026-10-29,'
has "$out" '"the evening check-ins","late evenings","a walk on Sundays"'
has "$out" ',quarterly,1,2027-01-30,1,"Alex",2027-02-05,'
hasnt "$out" '"the check-ins"'
run 0 export --format json
has "$out" '"reviews": ['
has "$out" '"review": "closing", "quarter": null, "opens": "2026-10-27", "partner": 2, "name": "Sam", "day": "2026-11-02"'
has "$out" '"good": "the hugs", "heavy": "the mornings", "next": "cook together"}'

# --- bad input: one line, nothing saved
n=$(db "SELECT count(*) FROM review_answer")
run 2 --date 2027-02-05 review answer -p 1 --good g --heavy h
has "$err" "answer all three: --good, --heavy and --next (--next is missing)"
run 2 --date 2027-02-05 review answer -p 3 --good g --heavy h --next n
has "$err" "\"3\" is neither partner"
run 2 --date 2027-02-05 review answer -p 1 --good "   " --heavy h --next n
has "$err" "what felt good: a few words, please"
run 2 --date 2027-02-05 review answer -p 1 --good "$(head -c 10001 /dev/zero | tr '\0' a)" --heavy h --next n
has "$err" "10001 characters long"
run 2 --date 2027-02-05 review answer -p 1 --good "$(printf '\xff\xfe')" --heavy h --next n
has "$err" "not valid UTF-8"
run 2 review sideways
has "$err" "the only word it takes is \"answer\""
run 2 review --week --history
run 2 review --pdf
has "$err" "--pdf goes with --week"
run 2 review --week --paper a3
has "$err" "--paper: \"a3\" is not a paper size"
run 2 review --partner 1
has "$err" "--partner goes with \`tend review answer\`"
run 2 review --week -o "$D"
[ "$(db "SELECT count(*) FROM review_answer")" = "$n" ] || fail "a refused answer was saved"
[ "$(wc -l <"$T/err")" -le 1 ] || fail "more than one line on stderr: $(cat "$T/err")"

# --- the week to a file: private
run 0 --date 2026-09-18 review --week -o "$T/week.txt"
[ "$(stat -c %a "$T/week.txt")" = 600 ] || fail "the agenda file is not 0600"
diff -q "$EXP/review_week.expected" "$T/week.txt" >/dev/null || fail "the agenda file differs"

# --- where the week's talk stands, and the shared load's look held that
# week, as they move on; who raised the talk is never said
run 0 --date 2026-09-18 talk agree 1
run 0 --date 2026-09-18 review --week
has "$out" "Wed 16 Sep  Held; you agreed on its ask, and it waits to be done."
run 0 --date 2026-09-19 talk done 1
run 0 --date 2026-08-14 task add "The bins" --owner alex --done "out on Tuesday" --every weekly
# Week 2 (8-14 Sep): the look comes round on its last day; no talk asked.
run 0 --date 2026-09-14 review --week
has "$out" "The monthly look at who owns which job is due."
hasnt "$out" "looked over"
hasnt "$out" "Held;"
run 0 --date 2026-09-20 task reviewed
run 0 --date 2026-09-21 review --week
has "$out" "Wed 16 Sep  Held; its ask is done."
has "$out" "The shared load"
has "$out" "Sun 20 Sep  You looked over who owns which job together."
hasnt "$out" "is due"
hasnt "$out" "Time-out"
hasnt "$(sed -n '/ON THE TABLE/,$p' <<<"$out")" "Alex"

# --- forget erases the answers
run 0 forget --all --yes-really
[ "$(db "SELECT count(*) FROM review_answer")" = 0 ] || fail "forget left review answers"

# --- a pause moves the reviews on: ten paused days, day 57 ten days later
P="$T/paused.db"
"$TEND" --config "$C" --db "$P" --date 2026-10-01 pause --reason travel >/dev/null 2>&1 || fail "pause"
"$TEND" --config "$C" --db "$P" --date 2026-10-11 resume >/dev/null 2>&1 || fail "resume"
out=$("$TEND" --config "$C" --db "$P" --date 2026-10-28 review 2>&1)
has "$out" "No review is open yet. The closing review opens on Fri 6 Nov 2026 (day 57)."
out=$("$TEND" --config "$C" --db "$P" --date 2026-11-06 review 2>&1)
has "$out" "The closing review is due (open since Fri 6 Nov 2026)"

if [ "$fails" -eq 0 ]; then echo "review: all checks passed"; exit 0; fi
echo "review: $fails failed"
exit 1
