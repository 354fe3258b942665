#!/usr/bin/env bash
# Nothing typed or saved is lost: the exit status says whether an entry was
# saved when the confirmation cannot be printed, and restores running at
# the same moment each keep their own safety copy.
. "$(dirname "$0")/common.sh"
D1=2026-11-23

# --- a closed or full standard output: the entry is saved, and exit 0 says so.
# (libfaketime, which CI runs the suite under, opens its own file into a
# closed stdout before tend starts: the closed cases need the real clock.)
closed=1
case "${LD_PRELOAD:-}" in *faketime*) closed=0 ;; esac
if [ "$closed" = 1 ]; then
	tend --date $D1 gesture 1 "kept-closed" >&- 2>"$T/err"
	rc=$?
	[ "$rc" = 0 ] || fail "gesture with stdout closed exited $rc: $(cat "$T/err")"
	grep -q "^tend gesture: the change is made; only its confirmation could not be written" "$T/err" ||
		fail "gesture with stdout closed said: $(cat "$T/err")"
else
	tend --date $D1 gesture 1 "kept-closed" >/dev/full 2>/dev/null
fi
tend --date $D1 gesture 2 "kept-full" >/dev/full 2>"$T/err"
rc=$?
[ "$rc" = 0 ] || fail "gesture into a full disk exited $rc: $(cat "$T/err")"
[ "$(sql "$D" "SELECT count(*) FROM gesture WHERE text IN ('kept-closed', 'kept-full')")" = 2 ] ||
	fail "the gestures were not saved once each"
# What is only printed is lost, and that is a failure.
tend --date $D1 today >/dev/full 2>"$T/err"
rc=$?
[ "$rc" = 1 ] && grep -q "^tend today: cannot write to standard output$" "$T/err" ||
	fail "today into a full disk: exit $rc, $(cat "$T/err")"
if [ "$closed" = 1 ]; then
	tend --date $D1 today >&- 2>"$T/err"
	rc=$?
	[ "$rc" = 1 ] && grep -q "^tend today: cannot write to standard output$" "$T/err" ||
		fail "today with stdout closed: exit $rc, $(cat "$T/err")"
	# A refused entry still says so with its own status.
	tend --date $D1 gesture nobody "x" >&- 2>/dev/null
	[ $? = 2 ] || fail "a refused gesture with stdout closed did not exit 2"
	# A closed stdout never lends its number to a file tend writes.
	tend export --format json -o "$T/out.json" >&- 2>/dev/null
	grep -q "Wrote\|Saved" "$T/out.json" && fail "the confirmation went into the export"
fi

# --- restores at the same moment: one safety copy each
tend backup "$T/mine.db" >/dev/null || fail "backup"
rounds=3
for r in $(seq $rounds); do
	rm -f "$B"/tend-before-restore-*
	for i in 1 2 3 4; do
		tend restore "$T/mine.db" >"$T/restore-$i" 2>&1 &
	done
	wait
	n=$(ls "$B" | grep -c '^tend-before-restore-')
	names=$(sed -n 's/^What was there before is kept in \(.*\)$/\1/p' "$T"/restore-* | sort -u | wc -l)
	[ "$n" = 4 ] && [ "$names" = 4 ] ||
		{ fail "round $r: 4 restores left $n safety copies under $names names"; break; }
	for f in "$B"/tend-before-restore-*; do
		[ "$(sql "$f" "SELECT count(*) FROM gesture")" -ge 2 ] || fail "$f is not a full copy"
	done
done

finish
