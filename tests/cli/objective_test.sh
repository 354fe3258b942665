#!/usr/bin/env bash
# `tend objective` from the command line: each partner's two sentences stay
# hidden (only who has written is said) until both have written; every save
# is a new version and the history keeps the earlier ones; a look is kept
# as a dated mark; the origin suggests a first phase and never changes the
# plan; the export, the printed plan (only with print-objectives) and
# forget; hostile and oversized text.
TEND=${1:?usage: objective_test.sh TEND}
. "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin

cat >"$C" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-11-01"
CONF

# --- nothing yet: no database is made by looking
run 0 --date 2026-11-02 objective
has "$out" "Neither of you has written yours yet."
[ -e "$D" ] && fail "showing made a database"

# --- usage mistakes change nothing
run 2 --date 2026-11-02 objective --problem "We drift."
has "$err" "who is writing? add --partner NAME"
run 2 --date 2026-11-02 objective --partner alex
has "$err" "add --problem and --outcome, or --keep"
run 2 --date 2026-11-02 objective --partner kim --problem a --outcome b
run 2 --date 2026-11-02 objective --partner alex --problem "Only one."
has "$err" "the first time, write both"
run 2 --date 2026-11-02 objective --partner alex --problem "   " --outcome "b"
has "$err" "tend objective: the problem is empty"
run 2 --date 2026-11-02 objective --origin sudden
has "$err" "--origin is acute or cumulative"
run 2 --date 2026-11-02 objective --history --partner alex
[ -e "$D" ] && [ "$(db "SELECT count(*) FROM objective")" != 0 ] && fail "a refused write was saved"

# --- Alex writes: Sam sees that Alex has, not what
run 0 --date 2026-11-02 objective --partner alex --problem "We stopped talking about what matters." \
	--outcome "Evenings that feel easy again."
has "$out" "Saved Alex's two sentences for Mon 2 Nov 2026."
has "$out" "They stay hidden until Sam has written theirs."
run 0 --date 2026-11-02 objective
has "$out" "Alex has written theirs; Sam's are still to come."
hasnt "$out" "stopped talking"
run 0 --date 2026-11-02 objective --history
has "$out" "The history shows once you have both written yours."
hasnt "$out" "stopped talking"

# --- Sam writes from standard input: both appear together
printf 'We drift apart, a little more each week.\n' |
	"$TEND" --config "$C" --db "$D" --date 2026-11-03 objective -p SAM --problem - \
	--outcome "A weekly walk we both look forward to." >"$T/out" 2>"$T/err" ||
	fail "sam from stdin: $(cat "$T/err")"
run 0 --date 2026-11-03 objective
has "$out" "Alex, Mon 2 Nov 2026"
has "$out" "  The problem: We stopped talking about what matters."
has "$out" "Sam, Tue 3 Nov 2026"
has "$out" "  The problem: We drift apart, a little more each week."
has "$out" "  The outcome: A weekly walk we both look forward to."
hasnt "$out" "still to come"
[ "$(db "SELECT problem FROM objective WHERE partner = 2")" = "We drift apart, a little more each week." ] ||
	fail "the stdin text was not kept as typed"

# --- a rewrite in week 3 keeps the earlier version; only the outcome given
run 0 --date 2026-11-16 objective -p 2 --outcome "A weekly walk, and more laughs."
run 0 --date 2026-11-16 objective
has "$out" "Sam, Mon 16 Nov 2026"
has "$out" "  The problem: We drift apart, a little more each week."
has "$out" "  The outcome: A weekly walk, and more laughs."
run 0 --date 2026-11-16 objective --history
has "$out" "    The outcome: A weekly walk we both look forward to."
has "$out" "    The outcome: A weekly walk, and more laughs."
[ "$(db "SELECT count(*) FROM objective")" = 3 ] || fail "a rewrite overwrote a version"

# --- weeks 5-6: a look is due; keeping is a dated mark, no copy of the text
run 0 --date 2026-12-01 objective
has "$out" "Time for a look at them"
run 2 --date 2026-12-01 objective -p 1 --keep --problem x
run 0 --date 2026-12-01 today
has "$out" "Your two sentences: time for a look (tend objective)."
run 0 --date 2026-12-01 objective -p 1 --keep
has "$out" "Noted for Tue 1 Dec 2026: Alex keeps their two sentences as they are."
run 0 --date 2026-12-02 objective -p 2 --problem "We drift apart, a little more each week." \
	--outcome "A weekly walk, and more laughs."
has "$out" "Noted for Wed 2 Dec 2026: Sam keeps their two sentences as they are."
run 0 --date 2026-12-03 objective
hasnt "$out" "Time for a look"
run 0 --date 2026-12-03 today
hasnt "$out" "Your two sentences"
run 0 --date 2026-12-03 objective --history
has "$out" "  Tue 1 Dec 2026: kept as they were"
[ "$(db "SELECT count(*) FROM objective WHERE kept = 1 AND problem IS NULL")" = 2 ] ||
	fail "a kept mark is not a bare mark"

# --- the origin: a suggestion, never a change
cp "$C" "$T/before.conf"
run 0 --date 2026-11-02 objective --origin acute
has "$out" "21 days (your plan has 14)"
has "$out" "To follow it, set stabilization-days = 21 in $C."
cmp -s "$C" "$T/before.conf" || fail "the origin changed the config"
run 0 --date 2026-11-02 plan
has "$out" "PHASE 2: Share the load"
has "$out" "days 15 to 28"
echo "stabilization-days = 21" >>"$C"
run 0 --date 2026-11-02 objective
has "$out" "21 days, as your plan has."
hasnt "$out" "To follow it"
echo "discreet = true" >>"$C"
run 0 --date 2026-11-02 objective
hasnt "$out" "betrayal"

# --- the printed plan: the sentences only with print-objectives
run 0 --date 2026-11-02 plan
hasnt "$out" "Our two sentences"
echo "print-objectives = true" >>"$C"
run 0 --date 2026-11-02 plan
has "$out" "Our two sentences"
has "$out" "    The problem  We stopped talking about what matters."
tr -d '\f' <"$T/out" | awk 'length > 80 { bad = 1 } END { exit bad }' || fail "the printed plan is wider than 80"

# The PDF (when this tend makes PDFs): a page of their own after the cover.
if command -v pdftotext >/dev/null && "$TEND" --config "$C" --db "$D" plan --format pdf \
	-o "$T/plan.pdf" 2>/dev/null; then
	pdftotext "$T/plan.pdf" - | grep -qF "OUR TWO SENTENCES" || fail "the PDF lacks the sentences"
	pdftotext "$T/plan.pdf" - | grep -qF "Evenings that feel easy again." ||
		fail "the PDF lacks Alex's outcome"
fi

# --- export: CSV and JSON
run 0 export --format csv --table objectives
has "$out" "id,what,day,partner,name,problem,outcome,origin,created"
has "$out" ',written,2026-11-02,1,"Alex","We stopped talking about what matters.","Evenings that feel easy again.",,'
has "$out" ',kept,2026-12-01,1,"Alex",,,,'
has "$out" ',origin,2026-11-02,,,,,acute,'
run 0 export --format json
has "$out" '"objectives": ['
has "$out" '"what": "written", "day": "2026-11-16", "partner": 2, "name": "Sam", "problem": "We drift apart, a little more each week.", "outcome": "A weekly walk, and more laughs."'

# --- hostile and oversized text: stored as typed, never printed raw
run 0 --date 2026-11-20 objective -p 1 --problem $'We \033[2Jshout.' --outcome "Calm."
run 0 --date 2026-11-20 objective
grep -q $'\033' "$T/out" && fail "an escape reached the terminal"
has "$out" "The problem: We �[2Jshout."
head -c 10001 /dev/zero | tr '\0' a >"$T/big"
"$TEND" --config "$C" --db "$D" objective -p 1 --problem - --outcome x <"$T/big" >"$T/out" 2>"$T/err"
[ $? -ne 0 ] || fail "10001 characters were accepted"
has "$(cat "$T/err")" "the problem is 10001 characters long; 10000 at most, please"
[ "$(db "SELECT count(*) FROM objective WHERE length(problem) > 10000")" = 0 ] || fail "the big text was saved"
[ "$(stat -c %a "$D")" = 600 ] || fail "the database is not 0600"

# --- forget erases them
run 0 forget --all --yes-really
run 0 objective
has "$out" "Neither of you has written yours yet."
[ "$(db "SELECT count(*) FROM objective") $(db "SELECT count(*) FROM objective_origin")" = "0 0" ] ||
	fail "forget left the sentences"

[ "$fails" = 0 ] && echo "objective: all passed"
exit $((fails > 0))
