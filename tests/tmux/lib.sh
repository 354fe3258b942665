# Shared helpers for the tmux-driven dashboard tests (sourced, not run).
# Each test runs its own private tmux server, killed at the end.

# A time-out starts now, so a dashboard pinned with --date 2026-11-23 can
# call one only when now is that day too: each test runs whole (tmux, tend,
# date, sqlite3) on a clock moved to start at 2026-11-23 22:00, after the
# check-in hour, and tick on (libfaketime, one offset from the real clock
# for every process, even when CI already moved the clock). Timed waits keep
# the real monotonic clock; a sanitized tend accepts the preloaded library.
if [ -z "${TEND_TEST_CLOCK:-}" ]; then
	command -v faketime >/dev/null || { echo "FAIL: these tests need faketime"; exit 1; }
	_real=$(env -u LD_PRELOAD -u FAKETIME date +%s)
	_off=$(( $(env -u LD_PRELOAD -u FAKETIME date -d '2026-11-23 22:00:00' +%s) - _real ))
	case $_off in -*) ;; *) _off="+$_off" ;; esac
	TEND_TEST_CLOCK=1 FAKETIME_DONT_FAKE_MONOTONIC=1 \
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		exec faketime -f "$_off" sh "$0" "$@"
fi
export TEND_TEST_CLOCK

TEND=$(realpath "$1")
T=$(mktemp -d)
SOCK=tend-test-$$
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset NO_COLOR TMUX

# A bare target such as "-t b" is made exact ("=b:"): tmux may otherwise
# take it for a window of the newest session and type into the wrong one.
tmx() {
	_n=$#
	_prev=
	for _a in "$@"; do
		if [ "$_prev" = "-t" ]; then
			case $_a in *[:.%=]*) ;; *) _a="=$_a:" ;; esac
		fi
		set -- "$@" "$_a"
		_prev=$_a
	done
	shift "$_n"
	tmux -L "$SOCK" -f /dev/null "$@"
}

cleanup() {
	tmx kill-server 2>/dev/null || true
	rm -rf "$T"
}
trap cleanup EXIT INT TERM

# fail MESSAGE [PANE]: show the screen and stop.
fail() {
	echo "FAIL: $1"
	if [ -n "${2:-}" ]; then
		echo "--- screen of $2:"
		tmx capture-pane -p -t "$2" 2>/dev/null || true
	fi
	exit 1
}

screen() { tmx capture-pane -p -t "$1"; }

# send_esc PANE: a lone Esc. The dashboard tells it from Alt+key or a pasted
# escape sequence by the quiet after it, so the next key waits a little.
send_esc() {
	tmx send-keys -t "$1" Escape
	sleep 0.2
}

# wait_for PANE TEXT [SECONDS]: poll the screen until TEXT shows.
wait_for() {
	_end=$(( $(date +%s) + ${3:-10} ))
	while ! screen "$1" | grep -qF -- "$2"; do
		[ "$(date +%s)" -lt "$_end" ] || fail "waited ${3:-10}s for \"$2\"" "$1"
		sleep 0.1
	done
}

# wait_gone PANE TEXT [SECONDS]: poll until TEXT is no longer on screen.
wait_gone() {
	_end=$(( $(date +%s) + ${3:-10} ))
	while screen "$1" | grep -qF -- "$2"; do
		[ "$(date +%s)" -lt "$_end" ] || fail "\"$2\" still on screen after ${3:-10}s" "$1"
		sleep 0.1
	done
}

# expect_screen PANE TEXT: TEXT is on screen now.
expect_screen() {
	screen "$1" | grep -qF -- "$2" || fail "expected \"$2\" on screen" "$1"
}

# The couple's config and an empty database.
write_config() {
	cat > "$T/tend.conf" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-11-09"
CONF
	chmod 600 "$T/tend.conf"
}

TEND_ARGS="--config $T/tend.conf --db $T/tend.db --date 2026-11-23"

# start_shell NAME COLS LINES: a session with a plain shell and a marker line.
start_shell() {
	tmx new-session -d -s "$1" -x "$2" -y "$3" "env PS1='$ ' sh"
	tmx send-keys -t "$1" "echo BEFORE-TEND-$1" Enter
	wait_for "$1" "BEFORE-TEND-$1"
}

# start_tend NAME: run the dashboard in the session, recording its pid.
start_tend() {
	tmx send-keys -t "$1" "sh -c 'echo \$\$ > $T/pid-$1; exec $TEND $TEND_ARGS'; echo TEND-EXIT=\$?" Enter
	# A loaded machine can take a while to start a process.
	wait_for "$1" "This week" 30
}

# export_csv: every entry in the database, as CSV.
export_csv() {
	"$TEND" --config "$T/tend.conf" --db "$T/tend.db" export --format csv
}

expect_db() {
	export_csv | grep -qE -- "$1" || { export_csv; fail "expected a row matching $1 in the database"; }
}

expect_not_db() {
	if export_csv | grep -qE -- "$1"; then export_csv; fail "did not expect a row matching $1"; fi
}

# Was the terminal given back: shell marker visible, dashboard gone, normal screen?
expect_restored() {
	wait_for "$1" "TEND-EXIT=$2"
	expect_screen "$1" "BEFORE-TEND-$1"
	if screen "$1" | grep -qF "This week"; then fail "the dashboard was left on screen" "$1"; fi
	if tmx capture-pane -p -S -200 -t "$1" | grep -qF "This week"; then
		fail "the dashboard was left in the scrollback" "$1"
	fi
	[ "$(tmx display-message -p -t "$1" '#{alternate_on}')" = 0 ] ||
		fail "the alternate screen is still on" "$1"
	[ "$(tmx display-message -p -t "$1" '#{cursor_flag}')" = 1 ] ||
		fail "the cursor is still hidden" "$1"
}

# db SQL: sqlite3 on the test's database, waiting out a dashboard's write
# lock (up to 5 s) rather than failing on it.
db() { sqlite3 -cmd ".timeout 5000" "$T/tend.db" "$1"; }

# cli ARGS...: the command line on the couple's config and database.
cli() { "$TEND" --config "$T/tend.conf" --db "$T/tend.db" "$@"; }

# log ARGS...: a cli command that must succeed; its output is not wanted.
log() { cli "$@" >/dev/null 2>"$T/cli-err" || fail "tend $*: $(cat "$T/cli-err")"; }

# at DAY [CONFIG]: the dashboard in session a on DAY (with CONFIG, else
# $T/tend.conf), after quitting the one before in the same shell (killing
# the only session would stop the tmux server). The first call opens the
# shell, AT_SIZE columns and lines ("80 24" unless the script sets it).
at() {
	if [ -n "${_at_started:-}" ]; then
		tmx send-keys -t a q
		wait_for a "TEND-EXIT=0"
		tmx send-keys -t a clear Enter
		wait_gone a "TEND-EXIT=0"
	else
		# shellcheck disable=SC2086
		start_shell a ${AT_SIZE:-80 24}
		_at_started=1
	fi
	TEND_ARGS="--config ${2:-$T/tend.conf} --db $T/tend.db --date $1"
	start_tend a
}

# practices_tab PANE TEXT...: open the practices screen ('o') and step
# right until one of TEXT (words only the wanted tab shows) is on screen,
# wherever that tab stands among the others. Each step waits for its
# redraw before the next, so a slow screen is never stepped past.
practices_tab() {
	_pane=$1
	shift
	tmx send-keys -t "$_pane" o
	wait_for "$_pane" "Our practices"
	_steps=0
	while ! _shows "$_pane" "$@"; do
		[ "$_steps" -lt 15 ] || fail "no practices tab shows \"$1\"" "$_pane"
		_before=$(screen "$_pane")
		tmx send-keys -t "$_pane" Right
		# The last tab does not move: give it up to 3 s, then look again.
		_end=$(( $(date +%s) + 3 ))
		while [ "$(screen "$_pane")" = "$_before" ] && [ "$(date +%s)" -lt "$_end" ]; do
			sleep 0.1
		done
		_steps=$((_steps + 1))
	done
}
# _shows PANE TEXT...: one of TEXT is on the screen.
_shows() {
	_screen=$(screen "$1")
	shift
	for _t in "$@"; do
		printf '%s\n' "$_screen" | grep -qF -- "$_t" && return 0
	done
	return 1
}

# wait_step PANE N TITLE: the guided evening shows step N (a number, or
# a pattern such as '[0-9]+') with its form TITLE.
wait_step() {
	_end=$(( $(date +%s) + 10 ))
	while ! screen "$1" | grep -qE -- "Evening $2/[0-9]+: $3"; do
		[ "$(date +%s)" -lt "$_end" ] || fail "waited 10s for step $2, $3" "$1"
		sleep 0.1
	done
}

# rerun_tend PANE: once the dashboard in PANE has quit, clear the shell's
# screen, echo the marker start_shell did (expect_restored looks for it)
# and run the dashboard again with the TEND_ARGS of now. The marker is
# waited for after the old exit line is gone: the typed command shows it
# before it runs.
rerun_tend() {
	tmx send-keys -t "$1" "clear; echo BEFORE-TEND-$1" Enter
	wait_gone "$1" "TEND-EXIT"
	wait_for "$1" "BEFORE-TEND-$1"
	start_tend "$1"
}

# quit_and_restart PANE: quit the dashboard from wherever it is (C-c),
# check the terminal came back, and run it again in the same pane.
quit_and_restart() {
	tmx send-keys -t "$1" C-c
	expect_restored "$1" 0
	rerun_tend "$1"
}
