#!/usr/bin/env bash
# SIGKILL delivered at the Nth write, sync or rename (strace's fault
# injection) while tend migrates an old version-1 database, while it exports
# to a file and while it makes a backup. Afterwards the database must pass
# its integrity check with the old data there, and the target file must be
# absent or whole: never a partial file at its name. (A FILE.tmp-XXXXXX may
# be left beside it, as tend(1) says.)
. "$(dirname "$0")/common.sh"
command -v strace >/dev/null || { echo "strace is not installed: skipped"; exit 77; }
ROWS=30
POINTS=8
[ "$ASAN" = 1 ] && POINTS=4

# kill_at SYSCALL N ARGS...: run tend, killed on entering the Nth SYSCALL.
kill_at() {
	local call=$1 n=$2
	shift 2
	# In a subshell, so that the shell's "Killed" report goes nowhere.
	(strace -f -qq -o /dev/null -e trace="$call" \
		-e inject="$call":signal=KILL:when="$n" \
		"$TEND" --config "$C" --db "$D" "$@" >/dev/null; exit $?) 2>/dev/null
}
# count SYSCALL ARGS...: how many times a clean run makes that call.
count() {
	local call=$1
	shift
	strace -f -qq -o "$T/count.log" -e trace="$call" "$TEND" --config "$C" --db "$D" "$@" \
		>/dev/null 2>&1
	grep -c "$call(" "$T/count.log"
}
# points TOTAL: up to $POINTS call numbers spread over 1..TOTAL.
points() {
	local total=$1 step
	step=$(( (total + POINTS - 1) / POINTS ))
	[ "$step" -lt 1 ] && step=1
	seq 1 "$step" "$total"
	[ $(( (total - 1) % step )) -ne 0 ] && echo "$total"
}
# fresh FILE [BACKUPS]: the data folder holds a copy of FILE (and BACKUPS).
fresh() {
	rm -rf "$T/data"
	mkdir -m 700 "$T/data"
	cp "$1" "$D"
	chmod 600 "$D"
	[ $# -lt 2 ] || cp -r "$2" "$B"
}

# An old database: version 1, made by this build and taken back.
"$WRITER" "$D" old "$ROWS" >/dev/null || fail "could not make the old database"
sql "$D" "DROP TABLE review_answer; DROP TABLE IF EXISTS talk; DROP TABLE IF EXISTS transparency;
	DROP TABLE pause; DROP TABLE evening; DROP TABLE touch_stage; DROP TABLE plan_tick; ALTER TABLE checkin DROP COLUMN uid;
	ALTER TABLE gesture DROP COLUMN uid; ALTER TABLE repair DROP COLUMN uid;
	ALTER TABLE touch DROP COLUMN uid; ALTER TABLE timeout DROP COLUMN uid;
	DROP TABLE task; DROP TABLE task_owner; DROP TABLE task_list; DROP TABLE task_review;
	DROP TABLE ritual_day; DROP TABLE ritual_pause; DROP TABLE ritual;
	DROP TABLE objective; DROP TABLE objective_origin; DROP TABLE IF EXISTS calendar;
	DROP TABLE touch_detail; DROP TABLE touch_guideline; DROP TABLE touch_invite;
	DROP TABLE IF EXISTS wish_seal;
	DROP TABLE IF EXISTS open_window; PRAGMA user_version = 1;"
cp "$D" "$T/v1.db"
sort <(texts "$D") >"$T/v1.texts"

# --- migration
# The version this build writes: what the old file becomes, left alone.
fresh "$T/v1.db"
tend today >/dev/null 2>&1 || fail "the old database could not be migrated"
LATEST=$(sql "$D" "PRAGMA user_version")
kills=0
for call in pwrite64 fdatasync; do
	fresh "$T/v1.db"
	total=$(count "$call" today)
	for n in $(points "$total"); do
		fresh "$T/v1.db"
		kill_at "$call" "$n" today && continue
		kills=$((kills + 1))
		what="migration killed at $call #$n"
		intact "$D" "$what"
		v=$(sql "$D" "PRAGMA user_version")
		# Killed part way, the file holds one of the versions on the way.
		[ "$v" -ge 1 ] && [ "$v" -le "$LATEST" ] || fail "$what: schema version $v"
		cmp -s <(texts "$D") "$T/v1.texts" || fail "$what: the old entries changed"
		tend today >/dev/null 2>"$T/err" || fail "$what: tend then fails: $(cat "$T/err")"
		[ "$(sql "$D" "PRAGMA user_version")" = "$LATEST" ] || fail "$what: not migrated afterwards"
		[ "$(rows "$D")" = "$ROWS" ] || fail "$what: $(rows "$D") rows afterwards"
	done
done
note "migration: $kills runs killed, the database intact after each"

# --- export -o and backup FILE, on the migrated database
fresh "$T/v1.db"
tend today >/dev/null || fail "tend today on the old database"
cp "$D" "$T/v2.db"
cp -r "$B" "$T/v2.backups"
tend export --format json -o "$T/ref.json" || fail "export"
left=0
for call in write fsync rename; do
	fresh "$T/v2.db" "$T/v2.backups"
	total=$(count "$call" export --format json -o "$T/out.json")
	rm -f "$T/out.json"
	for n in $(points "$total"); do
		fresh "$T/v2.db" "$T/v2.backups"
		rm -f "$T/out.json" "$T"/out.json.tmp-*
		kill_at "$call" "$n" export --format json -o "$T/out.json" && continue
		what="export killed at $call #$n"
		intact "$D" "$what"
		[ ! -e "$T/out.json" ] || cmp -s "$T/out.json" "$T/ref.json" ||
			fail "$what: a partial $T/out.json was left"
		ls "$T"/out.json.tmp-* >/dev/null 2>&1 && left=$((left + 1))
	done
done
note "export: killed at every write, fsync and rename; $left runs left a .tmp- file"

left=0
for call in pwrite64 fdatasync fsync rename; do
	fresh "$T/v2.db" "$T/v2.backups"
	total=$(count "$call" backup "$T/copy.db")
	for n in $(points "$total"); do
		fresh "$T/v2.db" "$T/v2.backups"
		rm -f "$T/copy.db" "$T"/copy.db.tmp-*
		kill_at "$call" "$n" backup "$T/copy.db" && continue
		what="backup killed at $call #$n"
		intact "$D" "$what"
		[ "$(rows "$D")" = "$ROWS" ] || fail "$what: $(rows "$D") rows in the database"
		if [ -e "$T/copy.db" ]; then
			intact "$T/copy.db" "$what (the copy)"
			[ "$(rows "$T/copy.db")" = "$ROWS" ] || fail "$what: a partial copy was left"
		fi
		ls "$T"/copy.db.tmp-* >/dev/null 2>&1 && left=$((left + 1))
	done
done
note "backup: killed at every kind of write, sync and rename; $left runs left a .tmp- file"
finish
