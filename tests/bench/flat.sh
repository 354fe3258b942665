#!/usr/bin/env bash
# flat: the work `tend week` does must not grow with the length of the
# record. Counted in instructions (callgrind), not timed: the count of a
# run on 30 years of history is within 10% of the count on 1 year. The
# day's backup is made first, as any earlier command that evening would
# have, so the once-a-day work is left out of both.
# usage: flat.sh TEND GEN_HISTORY SANITIZE
set -u
TEND=${1:?usage: flat.sh TEND GEN_HISTORY SANITIZE}
GEN=${2:?usage: flat.sh TEND GEN_HISTORY SANITIZE}
SANITIZE=${3:-none}
if [ "$SANITIZE" != none ]; then
	echo "1..0 # SKIP valgrind cannot run a sanitized tend"
	exit 77
fi
if ! command -v valgrind >/dev/null; then
	echo "1..0 # SKIP valgrind is not installed"
	exit 77
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC HOME="$T/home" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data"
mkdir -p "$HOME"
DAY=2026-12-30

# instructions YEARS: the instruction count of `tend week` on that history.
instructions() {
	local y=$1 db="$T/h$1.db" conf="$T/c$1.conf"
	"$GEN" "$db" "$y" "$DAY" >/dev/null || { echo "FAIL: no history" >&2; exit 1; }
	"$TEND" --config "$conf" init --partner Alex --partner Sam --start 2026-11-20 \
		--checkin 21:00 >/dev/null || exit 1
	# The file as the couple has it: last written yesterday, not a moment ago.
	touch -d "1 day ago" "$db"
	"$TEND" --config "$conf" --db "$db" week --date "$DAY" >/dev/null || exit 1
	valgrind --tool=callgrind --callgrind-out-file="$T/cg$y" \
		"$TEND" --config "$conf" --db "$db" week --date "$DAY" >/dev/null 2>"$T/vg$y" ||
		{ echo "FAIL: tend week under callgrind: $(tail -3 "$T/vg$y")" >&2; exit 1; }
	awk '/^totals:/ { print $2 }' "$T/cg$y"
}

one=$(instructions 1)
thirty=$(instructions 30)
echo "# tend week: $one instructions at 1 year, $thirty at 30 years"
if [ $((thirty * 10)) -gt $((one * 11)) ]; then
	echo "FAIL: 30 years cost $((thirty * 100 / one))% of 1 year (at most 110%)"
	exit 1
fi
