#!/usr/bin/env bash
# `tend task` from the command line: the jobs listed under each owner, the
# twelve and the refused thirteenth, a change of owner kept with its day,
# edit and remove by name or number, the monthly review (made on 31 Jan:
# due 28 Feb, then 31 Mar), --history, export, forget, the plan's top-12
# ticking itself, and bad or hostile input refused with one line.
TEND=${1:?usage: task_test.sh TEND}
. "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
sq() { sed 's/  */ /g' <<<"$1"; }

cat >"$C" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2027-01-17"
CONF

# --- nothing yet
run 0 --date 2027-01-31 task
has "$out" "No jobs listed yet."
run 2 --date 2027-01-31 task reviewed
has "$err" "there is no list of jobs to review yet"

# --- the list, made on 31 Jan
run 0 --date 2027-01-31 task add Groceries --owner alex --done "Fridge stocked" --every weekly
has "$out" "Listed Groceries, with Alex from noticing to completing."
run 0 --date 2027-01-31 task add "Bills and bank" -o Sam -d "Paid by the 5th" -e MONTHLY
run 0 --date 2027-01-31 task add Laundry -o 2 -e "2 per week"
run 0 --date 2027-01-31 task
has "$out" "Alex looks after:"
has "$out" "Sam looks after:"
has "$out" "   1. Groceries"
has "$out" "once a week"
has "$out" "twice a week"
has "$out" "done: Paid by the 5th"
has "$out" "Next review: Sun 28 Feb 2027."
# Lists, not a score.
hasnt "$out" "Alex: "
[ "$(db "SELECT cadence FROM task WHERE name = 'Bills and bank'")" = monthly ] || fail "the cadence was not kept in its plain form"

# --- the same name, a bad cadence, a missing owner: one line each, nothing saved
run 2 --date 2027-01-31 task add groceries -o 1 -e daily
has "$err" "there is already a job called that"
one_line
run 2 --date 2027-01-31 task add Plants -o 1 -e "now and then"
has "$err" "how often does it come round?"
one_line
run 2 --date 2027-01-31 task add Plants -e weekly
has "$err" "give --owner PARTNER"
run 2 --date 2027-01-31 task add Plants -o Kim -e weekly
has "$err" "is neither partner"
run 2 --date 2027-01-31 task add $'Plants\e[31m' -o 1 -e weekly
has "$err" "control character"
hasnt "$err" $'\e'
run 2 --date 2027-01-31 task add "$(printf 'x%.0s' $(seq 61))" -o 1 -e weekly
has "$err" "61 characters long; 60 at most"
printf 'y%.0s' $(seq 10001) >"$T/long"
run 2 --date 2027-01-31 task add Plants -o 1 -e weekly --done - <"$T/long"
has "$err" "10000 at most"
run 2 --date 2027-01-31 task add Plants -o 1 -e weekly --history
has "$err" "--history does not go with add"
run 2 task frobnicate
has "$err" "say add, owner, edit, remove or reviewed"
[ "$(db "SELECT count(*) FROM task")" = 3 ] || fail "a refused job was saved"
# A text from standard input.
printf 'Watered, nothing wilting\n' | "$TEND" --config "$C" --db "$D" --date 2027-01-31 task add Plants -o 1 -e "2 per week" --done - >/dev/null ||
	fail "--done - was refused"
[ "$(db "SELECT done FROM task WHERE name = 'Plants'")" = "Watered, nothing wilting" ] || fail "--done - was not read"

# Hostile words are kept as typed but never reach the terminal raw.
run 0 --date 2027-01-31 task edit plants --done $'Water\e[2J\e]0;pwned\a them'
run 0 --date 2027-01-31 task
hasnt "$out" $'\e'
hasnt "$out" $'\a'
has "$out" "Water"
[ "$(db "SELECT done = 'Water' || char(27) || '[2J' || char(27) || ']0;pwned' || char(7) || ' them' FROM task WHERE name = 'Plants'")" = 1 ] ||
	fail "the text was not kept as typed"
run 0 --date 2027-01-31 task edit plants --done "Watered, nothing wilting"

# --- twelve, and a thirteenth refused
for j in Bins Dinners Birthdays Car Dentist Cleaning Holidays Taxes; do
	run 0 --date 2027-02-01 task add "$j" -o 1 -e monthly
done
[ "$(db "SELECT count(*) FROM task WHERE deleted_at IS NULL")" = 12 ] || fail "twelve jobs were not kept"
run 2 --date 2027-02-01 task add "School forms" -o 2 -e yearly
has "$err" "the list already holds 12 jobs, the most it keeps"
one_line
[ "$(db "SELECT count(*) FROM task")" = 12 ] || fail "the thirteenth was saved"

# --- a change of owner, kept with its day
run 0 --date 2027-02-03 task owner dinners sam
has "$out" "Dinners is with Sam from Wed 3 Feb 2027 on."
run 2 --date 2027-02-03 task owner Dinners 2
has "$err" "that job is already theirs"
run 0 --date 2027-02-04 task --history
has "$(sq "$out")" "Sun 31 Jan 2027 Groceries: listed, with Alex."
has "$(sq "$out")" "Wed 3 Feb 2027 Dinners: now with Sam."
[ "$(db "SELECT count(*) FROM task_owner")" = 13 ] || fail "the history does not hold 13 rows"

# --- edit and remove, by number or name
run 0 --date 2027-02-04 task
num=$(grep -E '^ +[0-9]+\. Taxes' <<<"$out" | sed -E 's/^ +([0-9]+)\..*/\1/')
[ -n "$num" ] || fail "Taxes has no number: $out"
run 0 --date 2027-02-04 task edit "$num" --name "Taxes and papers" --every yearly
has "$out" "Saved Taxes and papers."
run 2 --date 2027-02-04 task edit Bins --name groceries
has "$err" "there is already a job called that"
run 2 --date 2027-02-04 task edit Bins
has "$err" "say what changes"
run 2 --date 2027-02-04 task remove 99
has "$err" "no job is called that"
run 0 --date 2027-02-04 task remove "taxes and papers"
has "$out" "Took Taxes and papers off the list."
[ "$(db "SELECT count(*) FROM task WHERE deleted_at IS NULL")" = 11 ] || fail "remove kept the job"
# Closing the store erases what was removed, and its history.
[ "$(db "SELECT count(*) FROM task")" = 11 ] || fail "the removed job was left in the file"

# --- the monthly review: 28 Feb (a shorter month), then 31 Mar
run 0 --date 2027-02-27 task
has "$out" "Next review: Sun 28 Feb 2027."
hasnt "$out" "due"
run 0 --date 2027-02-27 today
hasnt "$out" "review"
run 0 --date 2027-02-28 task
has "$out" "The monthly review is due (since Sun 28 Feb 2027)."
run 0 --date 2027-02-28 today
has "$(sq "$out")" "Jobs the monthly review is due (tend task)"
run 0 --date 2027-03-02 task reviewed
has "$out" "Noted: you looked at the list together on Tue 2 Mar 2027."
has "$out" "Next review: Wed 31 Mar 2027."
[ "$(db "SELECT day FROM task_review")" = 2027-03-02 ] || fail "the review was not saved with its day"
run 0 --date 2027-03-03 task --history
has "$(sq "$out")" "Tue 2 Mar 2027 The list was reviewed together."

# --- export: three tables, CSV and JSON
run 0 export --format csv --table tasks
has "$out" "id,name,owner,owner_name,done,every,added,created"
has "$out" ',"Plants",1,"Alex","Watered, nothing wilting",2 per week,2027-01-31,'
run 0 export --format csv --table task_owners
has "$out" ',"Dinners",2027-02-03,2,"Sam",no'
run 0 export --format csv --table task_reviews
has "$out" "2027-03-02,"
run 0 export --format json
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert len(d["tasks"]) == 11 and len(d["task_owners"]) == 12 and d["task_reviews"][0]["day"] == "2027-03-02"' "$out" ||
	fail "the JSON export lacks the jobs: $out"

# --- forget erases it all
run 0 forget --all --yes-really
[ "$(db "SELECT (SELECT count(*) FROM task) + (SELECT count(*) FROM task_owner) + (SELECT count(*) FROM task_review) + (SELECT count(*) FROM task_list)")" = 0 ] ||
	fail "forget left jobs behind"

[ "$fails" = 0 ] || { echo "$fails failure(s)"; exit 1; }
echo ok
