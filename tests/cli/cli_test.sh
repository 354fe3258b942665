#!/usr/bin/env bash
# Command-line tests: run the built tend on temporary files and compare what a
# user would see (stdout, stderr, exit status, files) with what is expected.
TEND=${1:?usage: cli_test.sh TEND EXPECTED_DIR}
EXPECTED=${2:?usage: cli_test.sh TEND EXPECTED_DIR}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
# The database in a folder not made yet: tend makes it, private (0700).
D="$T/data/tend.db"

same() { diff -u "$1" "$2" >"$T/diff" || { fail "$3 differs:"; cat "$T/diff"; }; }
mode() { [ "$(stat -c %a "$1")" = "$2" ] || fail "$1 has mode $(stat -c %a "$1"), wanted $2"; }

# --- set-up and errors before any config exists
run_args 2 --config "$C" today
has "$err" "run \`tend init"
run_args 0 --config "$C" init --partner Alex --partner "Zoë" --start 2026-11-09 --checkin 21:30
has "$out" "Wrote $C"
mode "$C" 600
run_args 1 --config "$C" init --partner A --partner B
has "$err" "tend init: $C"
run_args 2 init --partner Same --partner same
has "$err" "must differ"
run_args 0 init --partner One --partner Two
[ -f "$XDG_CONFIG_HOME/tend/tend.conf" ] || fail "init did not write the XDG default"
mode "$XDG_CONFIG_HOME/tend" 700

# --- an option given twice is refused, never last-wins
for args in "touch --stage 1 --giver 1 --giver 2" "checkin 1 --mood=3 --mood 4 --stress 2" \
	"gesture 1 hi --bid toward --bid away" "--date 2026-11-29 --date 2026-11-28 gesture 1 d"; do
	# shellcheck disable=SC2086
	run_args 2 --config "$C" --db "$T/twice.db" $args
	has "$err" "given twice"
done
[ ! -e "$T/twice.db" ] || fail "an option given twice still saved"

# --- commands that only read never create a database
run_args 0 --config "$C" --db "$T/nodir/typo.db" week --date 2026-11-25
has "$err" "does not exist yet"
has "$out" "Week of Mon 23 Nov"
run_args 0 --config "$C" --db "$T/typo.db" export --format json
has "$out" '"entries": []'
run_args 1 --config "$C" --db "$T/typo.db" backup "$T/typo-backup.db"
has "$err" "nothing to back up"
[ ! -e "$T/typo.db" ] && [ ! -e "$T/nodir" ] && [ ! -e "$T/typo-backup.db" ] ||
	fail "a command that only reads created files"

# --- refusals and empty answers create nothing either
printf 'no\n' | "$TEND" --config "$C" --db "$T/typo.db" forget --all >/dev/null 2>&1
run_args 1 --config "$C" --db "$T/typo.db" restore "$T/no-such-backup.db"
run_args 2 --config "$C" --db "$T/typo.db" return --schedule 25:00
run_args 1 --config "$C" --db "$T/typo.db" return
has "$err" "no time-out is running"
run_args 2 --config "$C" --db "$T/typo.db" touch --stage 3 --giver 1
run_args 2 --config "$C" --db "$T/nodir/x.db/" gesture 1 hi
has "$err" "names a folder"
[ ! -e "$T/typo.db" ] && [ ! -e "$T/nodir" ] && [ ! -e "$T/backups-typo.db" ] ||
	fail "a refused command created files: $(ls "$T")"

# --- a mistyped command is refused before any database file is made
for args in "checkin alex --mod 4 --stress 2" "gesture nobody hi" "week extra" \
	"export --format xml" "timeout 3" "backup" "plan --paper a5"; do
	# shellcheck disable=SC2086
	run_args 2 --config "$C" --db "$T/never.db" $args
	[ -e "$T/never.db" ] && { fail "tend $args made a database"; rm -f "$T/never.db"; }
done
run_args 0 --config "$C" --db "$T/never.db" plan
[ -e "$T/never.db" ] && fail "tend plan made a database"

# --- logging a week
tend() { run 0 "$@"; }
tend --date 2026-11-23 checkin alex --mood 4 --stress 2 --gratitude "Coffee in bed"
has "$out" "Saved Alex's check-in for Mon 23 Nov 2026: mood 4, stress 2."
tend --date 2026-11-23 checkin 2 --mood 3 --stress 3
tend --date 2026-11-23 checkin zOë --mood 5 --stress 1
has "$out" "Replaced Zoë's check-in"
tend --date 2026-11-23 gesture 2 "Five-second hug" --bid toward
tend --date 2026-11-23 gesture alex "Good-morning text"
tend gesture alex --date=2026-11-23 --bid away
tend --date 2026-11-24 repair alex "I rolled my eyes. That was unfair." --accepted
has "$out" "Saved a repair from Alex (accepted) for Tue 24 Nov 2026."
tend --date 2026-11-24 repair 2
tend --date 2026-11-25 touch --stage 1 --giver zoë --minutes 10 --light green --note "slow"
tend --date 2026-11-27 touch --stage 1 --giver 1 --light yellow
tend --date 2026-11-26 checkin alex --mood 3 --stress 4
tend --date 2026-11-29 checkin 1 --mood 2 --stress 5 --gratitude $'esc \e[31mred\e[0m'
tend --date 2026-11-30 gesture 1 "next week"
tend --date 2026-11-22 gesture 1 "last week"
tend --date 2026-11-23 ritual add "Thursday walk" --days thu
tend --date 2026-11-26 ritual done "thursday walk"
mode "$D" 600
mode "$T/data" 700
[ ! -e "$D-wal" ] || mode "$D-wal" 600

run 0 week --date 2026-11-25
printf '%s\n' "$out" >"$T/week.txt"
same "$EXPECTED/week.expected" "$T/week.txt" "tend week"
run 0 --date 2026-11-23 today
printf '%s\n' "$out" >"$T/today.txt"
same "$EXPECTED/today.expected" "$T/today.txt" "tend today"
run 0 --date 2026-11-29 today
has "$out" "esc �[31mred�[0m"
grep -q $'\e' "$T/out" && fail "an escape character reached the terminal"

# --- time-outs
run 2 --date 2026-12-20 timeout zoë
has "$err" "cannot be given another day"
tend timeout zoë --phrase 2
has "$out" "\"This matters\", called by Zoë. Pause for 20 minutes"
run 1 timeout alex
has "$err" "already running"
tend return --schedule 23:59
if [ "$(date +%H%M)" -lt 2359 ]; then has "$out" "Return scheduled for today at 23:59."
else has "$out" "Return scheduled for tomorrow at 23:59."; fi
tend today
has "$out" "called by Zoë, return scheduled for "
tend return
has "$out" "Welcome back."
run 1 return
has "$err" "no time-out is running"
# A time-out nobody came back from stops counting once its return window is over.
tend timeout 1
sqlite3 "$D" "UPDATE timeout SET called_at = called_at - 3 * 86400 WHERE returned_at IS NULL"
tend timeout 2
tend return
run 1 return
has "$err" "no time-out is running"

# --- usage errors
run 2 checkin alex --mood 6 --stress 1
has "$err" "tend checkin: --mood must be a whole number from 1 to 5"
run 2 checkin kim --mood 3 --stress 1
has "$err" "\"kim\" is neither partner"
run 2 checkin alex --mood 3
run 2 gesture alex --bid sideways
run 2 touch --stage 4 --giver 1
run 2 touch --giver 1
run 2 frobnicate
has "$err" "no command \"frobnicate\""
run 2 --date 2026-02-30 today
has "$err" "--date: \"2026-02-30\" is not a date (YYYY-MM-DD)"
run 2 export --format xml
run_args 0 checkin --help
has "$out" "usage: tend checkin PARTNER"
run_args 0 --help
has "$out" "Commands:"
run_args 0 -V
has "$out" "tend "

# --- damaged files are refused and left as they were
printf 'partner "A" {}\npartner "B" {}\nstart-date = "2026-13-01"\n' >"$T/bad.conf"
run_args 2 --config "$T/bad.conf" today
has "$err" "start-date"
has "$err" "bad.conf:3"
printf 'not a database at all, just words\n' >"$T/garbage.db"
sum=$(md5sum <"$T/garbage.db")
run_args 1 --config "$C" --db "$T/garbage.db" today
has "$err" "not a SQLite database"
[ "$(md5sum <"$T/garbage.db")" = "$sum" ] || fail "garbage.db was changed"
run_args 1 --config "$C" --db "$T" today
has "$err" "directory"

# --- export and backup
run 0 export --format csv -o "$T/out.csv"
mode "$T/out.csv" 600
[ "$(grep -c '^gesture,' "$T/out.csv")" = 5 ] || fail "export csv: wanted 5 gestures"
grep -q $'\e' "$T/out.csv" && fail "an escape character reached the CSV"
run 0 export --format json
has "$out" '"name": "Zoë"'
has "$out" '\u001b[31mred'
python3 -c 'import json,sys; d=json.load(sys.stdin); assert len(d["entries"]) >= 14' <"$T/out" \
	|| fail "export json is not valid JSON with every entry"
run 0 backup "$T/backup.db"
mode "$T/backup.db" 600
run_args 0 --config "$C" --db "$T/backup.db" week --date 2026-11-25
printf '%s\n' "$out" >"$T/week2.txt"
same "$EXPECTED/week.expected" "$T/week2.txt" "tend week on the backup"

# --- tend's own files are never the target of an export, a plan or a backup
sum=$(sha256sum <"$D")
for args in "export --format json -o $D" "export --format csv -o $D-wal" "plan -o $C" \
	"plan --format pdf -o $D" "backup $D" "backup $(dirname "$D")/./$(basename "$D")-shm"; do
	# shellcheck disable=SC2086
	run 2 $args
	has "$err" "writing there would destroy it"
done
run 2 restore "$D"
has "$err" "is the database itself"
[ "$(sha256sum <"$D")" = "$sum" ] || fail "the database changed"
run 0 week --date 2026-11-25
# The config's own database is protected also when --db names another, and
# so is the backups folder.
printf 'database = "%s"\n' "$D" >"$T/withdb.conf"
grep -v '^database' "$C" >>"$T/withdb.conf"
run_args 2 --config "$T/withdb.conf" --db "$T/other.db" export --format csv -o "$D"
has "$err" "tend's database"
run 2 export --format csv -o "$(dirname "$D")/backups/mine.csv"
has "$err" "backups folder"
[ "$(sha256sum <"$D")" = "$sum" ] || fail "the database changed"
# /dev/fd/1 is what the shell opened: appended to, never replaced.
echo "kept too" >"$T/fd.txt"
"$TEND" --config "$C" --db "$D" export --format csv -o /dev/fd/1 >>"$T/fd.txt" ||
	fail "export to /dev/fd/1 failed"
head -n 1 "$T/fd.txt" | grep -q "kept too" || fail "export -o /dev/fd/1 replaced the file"
# A link to a file not made yet is written through, the link kept.
ln -s "dangling-target.csv" "$T/dangling.csv"
run 0 export --format csv -o "$T/dangling.csv"
[ -L "$T/dangling.csv" ] && [ -s "$T/dangling-target.csv" ] ||
	fail "export did not write through a dangling link"
# Through a link the file is written, the link kept; a device is written into.
: >"$T/target.csv"
ln -s "$T/target.csv" "$T/link.csv"
run 0 export --format CSV -o "$T/link.csv"
[ -L "$T/link.csv" ] || fail "export replaced the symbolic link"
grep -q '^gesture,' "$T/target.csv" || fail "export did not write through the link"
echo "kept line" >"$T/appended"
"$TEND" --config "$C" --db "$D" export --format json -o /dev/stdout >>"$T/appended" ||
	fail "export to /dev/stdout failed"
head -n 1 "$T/appended" | grep -q "kept line" || fail "export -o /dev/stdout replaced the file"
grep -q '"entries"' "$T/appended" || fail "export -o /dev/stdout wrote nothing"

# --- a text with a line break and a tab survives a CSV round trip; no
# minutes given is empty (CSV) or null (JSON), never 0
X="$T/multi.db"
run_args 0 --config "$C" --db "$X" gesture 1 $'first line\r\nsecond\tline "quoted"'
run_args 0 --config "$C" --db "$X" touch --stage 1 --giver 2
run_args 0 --config "$C" --db "$X" export --format csv -o "$T/multi.csv"
python3 - "$T/multi.csv" <<'PY' || fail "the CSV does not hold the typed text and empty minutes"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[0]["text"] == 'first line\r\nsecond\tline "quoted"', rows[0]["text"]
assert rows[1]["kind"] == "touch" and rows[1]["minutes"] == "", rows[1]
PY
run_args 0 --config "$C" --db "$X" export --format json
has "$out" '"minutes": null'

# --- a session above the stage the couple is at is refused
run_args 2 --config "$C" --db "$T/stage.db" touch --stage 2 --giver 1
has "$err" "you are at stage 1"
[ ! -e "$T/stage.db" ] || fail "a refused session made a database"
run_args 0 --config "$C" --db "$T/stage.db" touch --stage 1 --giver 1
run_args 2 --config "$C" --db "$T/stage.db" touch --stage 3 --giver 1
[ "$(sqlite3 "$T/stage.db" "SELECT count(*) FROM touch")" = 1 ] || fail "a refused session was saved"

# --- back-filled and future days are named, another year with its year
run_args 0 --config "$C" --db "$T/days.db" --date 2025-11-02 checkin 1 --mood 3 --stress 3
has "$out" "check-in for Sun 2 Nov 2025: mood 3"
run_args 0 --config "$C" --db "$T/days.db" --date 9998-12-20 gesture 1 "far away"
has "$out" "Saved a gesture from Alex for Sun 20 Dec 9998."
has "$err" "a day still to come"

# --- mixed traffic lights on one day: every light counted, none cut off
W="$T/lights.db"
for l in green green yellow red; do
	run_args 0 --config "$C" --db "$W" --date 2026-12-01 touch --stage 1 --giver 1 --light $l
done
run_args 0 --config "$C" --db "$W" week --date 2026-12-01
grep -qE "^Tue  1 Dec .* 4 s1 G2 Y1 R1 +0$" <<<"$out" || fail "the touch cell of mixed lights: $out"
run_args 0 --config "$C" --db "$W" --date 2026-12-01 touch --stage 1 --giver 2
run_args 0 --config "$C" --db "$W" week --date 2026-12-01
grep -qE "^Tue  1 Dec .* 5 s1 G2 Y1 R1 -1 +0$" <<<"$out" || fail "a session without a light: $out"
run_args 0 --config "$C" --db "$W" --date 2026-12-02 touch --stage 1 --giver 2
run_args 0 --config "$C" --db "$W" --date 2026-12-02 touch --stage 1 --giver 2 --light green
run_args 0 --config "$C" --db "$W" week --date 2026-12-01
grep -qE "^Wed  2 Dec .* 2 s1 G1 -1 +0$" <<<"$out" || fail "green with one without a light: $out"

# --- restore mends a damaged database, keeping the damaged file aside;
# another program's database is never moved
mkdir -m 700 "$T/mend"
head -c 8192 /dev/urandom >"$T/mend/tend.db"
run_args 0 --config "$C" --db "$T/mend/tend.db" restore "$T/backup.db"
has "$out" "The damaged database was moved to"
ls "$T/mend/backups"/tend-damaged-*.db >/dev/null 2>&1 || fail "the damaged file was not kept"
run_args 0 --config "$C" --db "$T/mend/tend.db" week --date 2026-11-25
printf '%s\n' "$out" >"$T/week3.txt"
same "$EXPECTED/week.expected" "$T/week3.txt" "tend week after mending"
sqlite3 "$T/mend/other.db" "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
run_args 1 --config "$C" --db "$T/mend/other.db" restore "$T/backup.db"
has "$err" "not a tend database"
[ "$(sqlite3 "$T/mend/other.db" "SELECT x FROM t")" = 1 ] || fail "another program's database was touched"

# --- two databases in one folder keep their backups apart
mkdir -m 700 "$T/two"
run_args 0 --config "$C" --db "$T/two/a.db" gesture 1 "for a"
run_args 0 --config "$C" --db "$T/two/b.db" gesture 2 "for b"
ls "$T/two/backups-a.db"/tend-*.db >/dev/null 2>&1 || fail "a.db has no backup of its own"
ls "$T/two/backups-b.db"/tend-*.db >/dev/null 2>&1 || fail "b.db has no backup of its own"
printf 'FORGET\n' | "$TEND" --config "$C" --db "$T/two/b.db" forget --all >/dev/null 2>&1 ||
	fail "forget --all on b.db failed"
ls "$T/two/backups-b.db"/tend-*.db >/dev/null 2>&1 && fail "b.db's backups were not erased"
ls "$T/two/backups-a.db"/tend-*.db >/dev/null 2>&1 || fail "forgetting b.db removed a.db's backups"

# --- demo data never touches the user's files
run_args 0 --demo week
has "$out" "Alex"
[ ! -e "$XDG_DATA_HOME/tend/tend.db" ] || fail "--demo created the default database"
mkdir -m 700 "$T/demo-tmp"
TMPDIR="$T/demo-tmp" run_args 0 --demo restore "$T/backup.db"
[ -z "$(ls -A "$T/demo-tmp")" ] || fail "a demo restore left files behind: $(ls -AR "$T/demo-tmp")"
run_args 2 --demo init --partner A --partner B
has "$err" "cannot be run with --demo"
run_args 2 --demo --db "$T/other.db" week
[ ! -e "$T/other.db" ] || fail "--demo --db made a database"
run_args 2 --date today
has "$err" '--date: "today" is not a date'
"$TEND" --help >/dev/full 2>"$T/err" && fail "--help into a full disk said it worked"
[ "$(wc -l <"$T/err")" = 1 ] || fail "not one line of error: $(cat "$T/err")"
"$TEND" --config "$C" --db "$D" export --format json >/dev/full 2>"$T/err" &&
	fail "export into a full disk said it worked"
[ "$(wc -l <"$T/err")" = 1 ] || fail "not one line of error: $(cat "$T/err")"

finish "all command-line tests"
