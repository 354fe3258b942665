# Sourced by command-line test scripts: a private temporary home (removed
# at exit) with the clock's zone and locale pinned, and the failure count.
# Set TZ or LC_ALL after sourcing to test another one.
set -u
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC HOME="$T/home" XDG_CONFIG_HOME="$T/config" XDG_DATA_HOME="$T/data"
mkdir -p "$HOME"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
# finish WHAT: the exit status of the script, after a last line.
finish() {
	[ "$fails" -eq 0 ] || { echo "$fails failure(s)"; exit 1; }
	echo "$1 passed"
	exit 0
}
# run STATUS ARGS...: $TEND with --config $C --db $D (set by the script)
# and ARGS must exit with STATUS; what it printed is in $out and $err.
run() {
	local want=$1; shift
	"$TEND" --config "$C" --db "$D" "$@" >"$T/out" 2>"$T/err"
	local got=$?
	out=$(cat "$T/out"); err=$(cat "$T/err")
	[ "$got" = "$want" ] || fail "tend $* exited $got, wanted $want; stdout: $out; stderr: $err"
}
# has TEXT PART / hasnt TEXT PART: PART is (not) a fixed string in TEXT.
has() { grep -qF -- "$2" <<<"$1" || fail "expected \"$2\" in: $1"; }
hasnt() { if grep -qF -- "$2" <<<"$1"; then fail "did not expect \"$2\" in: $1"; fi; }
