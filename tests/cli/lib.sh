# Sourced by command-line test scripts: a private temporary home (removed
# at exit) with the clock's zone and locale pinned, and the failure count.
# Set TZ or LC_ALL after sourcing to test another one; most scripts run in
# Europe/Berlin, a zone off UTC, so a day taken in UTC instead of local time
# shows. C and D (the config and database run uses) default to files in $T;
# a script may point them elsewhere.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC HOME="$T/home" XDG_CONFIG_HOME="$T/xdg-config" XDG_DATA_HOME="$T/xdg-data"
mkdir -p "$HOME"
# A file tend keeps private must be private by tend's own doing, not
# because the caller's umask already hid it.
umask 022
C="$T/tend.conf"
D="$T/tend.db"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# finish WHAT: the exit status of the script, after a last line.
finish() {
	[ "$fails" -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
	echo "$1 passed"
	exit 0
}
# need TOOL...: skip the script (exit 77, which meson counts as skipped)
# unless every TOOL is on PATH.
need() {
	local tool
	for tool in "$@"; do
		command -v "$tool" >/dev/null || { echo "SKIP: $tool not found"; exit 77; }
	done
}
# judge STATUS GOT WHAT: keep what tend printed ($T/out, $T/err) in $out
# and $err, and count a failure unless it exited GOT = STATUS. For the
# runs below, and for a script that starts tend its own way.
judge() {
	out=$(cat "$T/out"); err=$(cat "$T/err")
	[ "$2" = "$1" ] || fail "$3 exited $2, wanted $1; stdout: $out; stderr: $err"
}
# run_args STATUS ARGS...: $TEND with ARGS alone must exit with STATUS,
# for the scripts about where tend looks when no --config or --db is given.
# Standard input is the caller's: `run 0 ... --done - <FILE` feeds a text.
run_args() {
	local want=$1; shift
	"$TEND" "$@" >"$T/out" 2>"$T/err"
	judge "$want" $? "tend $*"
}
# run STATUS ARGS...: $TEND with --config $C --db $D and ARGS must exit
# with STATUS; what it printed is in $out and $err.
run() {
	local want=$1; shift
	run_args "$want" --config "$C" --db "$D" "$@"
}
# feed TEXT STATUS ARGS...: run_args with TEXT piped to standard input.
feed() {
	local text=$1 want=$2; shift 2
	printf '%s' "$text" | "$TEND" "$@" >"$T/out" 2>"$T/err"
	judge "$want" $? "tend $* <<<'$text'"
}
# has TEXT PART / hasnt TEXT PART: PART is (not) a fixed string in TEXT.
has() { grep -qF -- "$2" <<<"$1" || fail "expected \"$2\" in: $1"; }
hasnt() { if grep -qF -- "$2" <<<"$1"; then fail "did not expect \"$2\" in: $1"; fi; }
# one_line: the last run wrote exactly one whole line on stderr.
one_line() { [ "$(wc -l <"$T/err")" = 1 ] || fail "not one line on stderr: $(cat "$T/err")"; }
# db SQL: what sqlite3 prints for SQL on $D (it sees the WAL too).
db() { sqlite3 "$D" "$1"; }
# title TEXT: the first line of TEXT, runs of spaces squeezed to one.
title() { head -1 <<<"$1" | sed 's/  */ /g'; }
