# Sourced by every fault test: arguments, a private temporary home, a config
# for Ann and Bo, and small helpers. Usage: SCRIPT TEND WRITER SANITIZE.
set -u
TEND=${1:?usage: SCRIPT TEND FAULT_WRITER SANITIZE}
WRITER=${2:?usage: SCRIPT TEND FAULT_WRITER SANITIZE}
SANITIZE=${3:-none}
# Sanitized binaries start several times slower: fewer rounds there.
ASAN=0
[ "$SANITIZE" = none ] || ASAN=1
T=$(mktemp -d)
cleanup() { rm -rf "$T"; }
trap cleanup EXIT
export LC_ALL=C.UTF-8 TZ=UTC HOME="$T/home" XDG_CONFIG_HOME="$T/xdg-config" \
	XDG_DATA_HOME="$T/xdg-data"
mkdir -p "$HOME"
C="$T/tend.conf"
D="$T/data/tend.db"
B="$T/data/backups"
fails=0

fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
note() { echo "# $*"; }
tend() { "$TEND" --config "$C" --db "$D" "$@"; }
# Another program reading the file, waiting for a writer as tend would.
sql() { sqlite3 -batch -cmd ".timeout 5000" "$@"; }
# The file passes SQLite's full check.
intact() {
	local r
	r=$(sql "$1" "PRAGMA integrity_check" 2>&1)
	[ "$r" = ok ] || fail "$1: integrity_check says: $r ($2)"
}
# Every gesture text in the file, sorted.
texts() { sql "$1" "SELECT text FROM gesture WHERE text IS NOT NULL" | sort; }
rows() { sql "$1" "SELECT count(*) FROM gesture"; }
now_ms() { date +%s%3N; }
# Sleep for $1 seconds (fractions too) without starting a process.
exec {NAP_FD}<> <(:)
nap() { read -r -t "$1" -u "$NAP_FD" _ || true; }
finish() {
	if [ "$fails" -ne 0 ]; then
		echo "$fails failure(s)"
		exit 1
	fi
	echo "all passed"
	exit 0
}

"$TEND" --config "$C" init --partner Ann --partner Bo --start 2026-11-09 \
	>/dev/null || { echo "FAIL: tend init"; exit 1; }
