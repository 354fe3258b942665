#!/usr/bin/env bash
# The weekly talk from the command line: `tend talk` logs a talk (texts from
# options or standard input), lists past talks newest first with their state,
# shows one whole, moves its ask (agreed before done) and edits it; `tend
# week` says whether this plan week's talk was held; `tend transparency`
# ends the plan's time of transparency on purpose; export carries the talks;
# bad input is one clear line and nothing saved.
TEND=${1:?usage: talk_test.sh TEND}
. "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
talks() { sqlite3 "$D" "SELECT COUNT(*) FROM talk"; }

cat >"$C" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-11-23"
CONF

# --- nothing yet; weeks 1-2 ask for no talk, week 3 does
run 0 --date 2026-11-30 talk
has "$out" "No talks yet."
run 0 --date 2026-11-30 week
hasnt "$out" "Talk this week"
run 0 --date 2026-12-08 week
has "$out" "Talk this week: not yet."
hasnt "$out" "missed"

# --- a talk in week 3 (Mon 7 Dec - Sun 13 Dec)
run 0 --date 2026-12-08 talk add --by sam --what "When plans changed on Friday" \
	--impact "I felt unsettled, because I had planned around them" \
	--ask "Can we fix the weekend on Thursdays?" --hear "A late change leaves you scrambling"
has "$out" "Saved talk 1, raised by Sam for Tue 8 Dec 2026 (open)."
run 0 --date 2026-12-10 week
has "$out" "Talk this week: held."
run 0 --date 2026-12-10 today
has "$out" "Talk         held this week"
run 0 --date 2026-12-14 week
has "$out" "Talk this week: not yet."

# A text from standard input, kept with its line breaks.
printf 'When the phone came out\non our walk\n' |
	"$TEND" --config "$C" --db "$D" --date 2026-12-15 talk add -b 1 -w - -a "Can we leave phones home?" >"$T/out" 2>"$T/err" ||
	fail "talk add from stdin: $(cat "$T/err")"
has "$(cat "$T/out")" "Saved talk 2, raised by Alex"

# --- the list: newest first, with the state
run 0 --date 2026-12-15 talk
first=$(sed -n 1p <<<"$out")
second=$(sed -n 2p <<<"$out")
has "$first" "2  Tue 15 Dec 2026  Alex"
has "$first" "open"
has "$first" "Can we leave phones home?"
has "$second" "1  Tue 8 Dec 2026   Sam"
run 0 --date 2026-12-15 talk show 2
has "$out" "Talk 2, Tue 15 Dec 2026, raised by Alex: open."
has "$out" "  When the phone came out"
has "$out" "  on our walk"

# --- an ask is agreed before it is done
run 2 --date 2026-12-16 talk done 1
has "$err" "tend talk: talk 1 is still open: agree on the ask first, then mark it done"
run 0 --date 2026-12-16 talk agree 1
has "$out" "The ask of talk 1 is agreed."
run 0 --date 2026-12-18 talk done 1
has "$out" "The ask of talk 1 is done."
run 0 --date 2026-12-18 talk show 1
has "$out" "raised by Sam: done since Fri 18 Dec 2026."
has "$out" "What I hear:"
run 0 --date 2026-12-18 talk
has "$(grep '^ *1 ' <<<"$out")" "done"

# --- the listener's reflection, added later; "" clears a text
run 0 --date 2026-12-18 talk edit 2 --hear "You felt I was elsewhere" --commit "phones home" --impact ""
run 0 --date 2026-12-18 talk show 2
has "$out" "I can commit to:"
has "$out" "  phones home"
hasnt "$out" "The impact:"
# Who raised it can be put right; a bad edit is one line and changes nothing.
run 0 --date 2026-12-18 talk edit 2 --by Sam --sense $'you \e[2J had planned'
run 0 --date 2026-12-18 talk show 2
has "$out" "raised by Sam"
has "$out" "It makes sense because:"
hasnt "$out" $'\e'
before=$(sqlite3 "$D" "SELECT rev || what || ask || hear FROM talk WHERE id = 2")
run 2 --date 2026-12-18 talk edit 2 --ask ""
has "$err" "say the ask"
run 2 --date 2026-12-18 talk edit 2 --by Kim
has "$err" "\"Kim\" is neither partner"
run 2 --date 2026-12-18 talk edit 2
has "$err" "edit needs something to change"
run 2 --date 2026-12-18 talk edit 99 --hear "x"
has "$err" "no such talk (99)"
head -c 10001 /dev/zero | tr '\0' 'x' >"$T/big-hear"
"$TEND" --config "$C" --db "$D" talk edit 2 --hear - <"$T/big-hear" >/dev/null 2>"$T/err" &&
	fail "a 10001-character reflection was taken"
has "$(cat "$T/err")" "10000"
[ "$(wc -l <"$T/err")" = 1 ] || fail "more than one line on stderr: $(cat "$T/err")"
[ "$(sqlite3 "$D" "SELECT rev || what || ask || hear FROM talk WHERE id = 2")" = "$before" ] ||
	fail "a refused edit changed the talk"

# --- bad input: one line on stderr, nothing saved
n=$(talks)
run 2 talk add --by Alex --ask "Can we?"
has "$err" "say what happened"
run 2 talk add --what "When" --ask "Can we?"
has "$err" "--by PARTNER"
run 2 talk add --by Kim --what "When" --ask "Can we?"
has "$err" "\"Kim\" is neither partner"
run 2 talk add --by 1 --what "When" --ask "Can we?" --state done
has "$err" "agreed before it is done"
run 2 talk add --by 1 --what "When" --ask "Can we?" --state later
run 2 talk show 99
has "$err" "no such talk (99)"
run 2 talk agree x
has "$err" "\"x\" is not a talk's number"
run 2 talk shout 1
run 2 talk agree 1 --what "x"
head -c 10001 /dev/zero | tr '\0' 'x' >"$T/big"
"$TEND" --config "$C" --db "$D" talk add --by 1 --what - --ask "Can we?" <"$T/big" >/dev/null 2>"$T/err" &&
	fail "a 10001-character text was taken"
has "$(cat "$T/err")" "10000"
[ "$(talks)" = "$n" ] || fail "a refused talk was saved: $(talks) talks"
[ "$(wc -l <"$T/err")" = 1 ] || fail "more than one line on stderr: $(cat "$T/err")"

# Hostile text never reaches the terminal raw.
run 0 --date 2026-12-19 talk add --by 2 --what $'When \e[2J it \e]0;x\a happened' --ask "Can we?"
run 0 --date 2026-12-19 talk show 3
hasnt "$out" $'\e'
has "$out" "When"

# --- the plan ticks its weekly talk itself (the plan view's rows)
run 0 --date 2026-12-19 export --format csv --table talks
has "$out" "id,day,partner,name,what,impact,ask,hear,sense,commit,support,state,state_day,created"
has "$out" "1,2026-12-08,2,\"Sam\",\"When plans changed on Friday\""
has "$out" ",done,2026-12-18,"
run 0 --date 2026-12-19 export --format json
has "$out" "\"talks\": ["
has "$out" "\"ask\": \"Can we fix the weekend on Thursdays?\""

# --- transparency: only where the plan carries it, ended on purpose
run 0 --date 2026-12-19 transparency
has "$out" "Your plan asks for no transparency now."
run 2 --date 2026-12-19 transparency end
has "$err" "nothing to end"
cat >"$T/plan.conf" <<'PLAN'
phase "steady" {
	first = 1
	last = 60
	title = "Steady"
	task "open-book" {
		text = "Share your schedules and say where you are, before being asked"
		cadence = "daily"
		transparency = true
	}
	task "talk" {
		text = "One weekly talk"
		cadence = "weekly"
		measure = "talk"
	}
}
PLAN
echo "plan-file = \"$T/plan.conf\"" >>"$C"
run 0 --date 2026-12-19 transparency
has "$out" "Transparency, for now: Share your schedules"
run 0 --date 2026-12-20 transparency end
has "$out" "Ended the time of transparency for Sun 20 Dec 2026."
run 0 --date 2026-12-21 transparency
has "$out" "You ended the time of transparency on Sun 20 Dec 2026."
run 2 --date 2026-12-21 transparency end
has "$err" "already ended on 2026-12-20"
# Week 1 of this plan asks for a talk: "not yet" until one is held.
run 0 --date 2026-11-24 week
has "$out" "Talk this week: not yet."
# A bad value for the key names the file and the line.
sed -i 's/transparency = true/transparency = often/' "$T/plan.conf"
run 2 --date 2026-12-21 transparency
has "$err" "plan.conf:"

# --- the late hour is a checked setting
echo 'no-talks-after = "25:00"' >>"$C"
run 2 talk
has "$err" "tend.conf:"
has "$err" "no-talks-after"
sed -i '/^no-talks-after/d' "$C"

# --- forget erases the talks
sed -i '/^plan-file/d' "$C"
printf 'no\n' | "$TEND" --config "$C" --db "$D" forget --all >"$T/out" 2>/dev/null
has "$(cat "$T/out")" "0 time-outs, 3 talks"
run 0 forget --all --yes-really
[ "$(talks)" = 0 ] || fail "forget left $(talks) talks"

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo "all talk tests passed"
