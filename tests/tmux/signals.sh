#!/bin/sh
# Ctrl-\ (SIGQUIT, next to the Ctrl-] panic key) ends the dashboard like
# SIGTERM: the terminal given back, no core file. tend never dumps core,
# even killed by a signal whose default is to dump one. On terminals
# without an alternate screen (vt100, the Linux console) the dashboard is
# erased on the way out, from the screen and the scrollback.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
mkdir "$T/cores"

# cores_none WHAT: no core file was written in the folder tend ran in.
cores_none() {
	if ls "$T/cores" | grep -q .; then
		ls -l "$T/cores"
		fail "$1: a core file was written"
	fi
}

# The shell allows core files (when it may), so only tend itself stops them.
start_shell a 100 30
tmx send-keys -t a "cd $T/cores; ulimit -c unlimited 2>/dev/null; echo LIMIT=\$(ulimit -c)" Enter
wait_for a "LIMIT="
start_tend a
pid=$(cat "$T/pid-a")
grep -E '^Max core file size +0 +0 ' "/proc/$pid/limits" >/dev/null ||
	fail "tend still allows core files: $(grep 'core' "/proc/$pid/limits")"

# Ctrl-\: restored like SIGTERM, status 1, a plain word on why.
tmx send-keys -t a 'C-\'
expect_restored a 1
expect_screen a "stopped by a signal (QUIT); everything logged is saved"
cores_none "Ctrl-\\"

# A signal tend does not catch, whose default is a core dump.
start_shell b 100 30
tmx send-keys -t b "cd $T/cores; ulimit -c unlimited 2>/dev/null; echo LIMIT=\$(ulimit -c)" Enter
wait_for b "LIMIT="
start_tend b
kill -SEGV "$(cat "$T/pid-b")"
# 139 (a sanitizer build catches the signal itself and exits 1).
end=$(( $(date +%s) + 10 ))
until screen b | grep -qE "^TEND-EXIT=[0-9]+|[^$]TEND-EXIT=[0-9]+"; do
	[ "$(date +%s)" -lt "$end" ] || fail "tend did not end on SIGSEGV" b
	sleep 0.1
done
sleep 0.5
cores_none "SIGSEGV"

# No alternate screen: after q nothing of the dashboard is left, on the
# screen or above it.
for term in vt100 linux; do
	s=$(echo "$term" | tr -d 0-9)x
	start_shell "$s" 90 28
	# TERM=linux brings in gpm, whose memory LeakSanitizer cannot follow
	# (lsan-gpm.supp), and whose leak check at the exit of a sanitized
	# build can abort in glibc; this check is about the screen.
	leaks=1
	[ "$term" = linux ] && leaks=0
	tmx send-keys -t "$s" "ASAN_OPTIONS=\${ASAN_OPTIONS:-}:fast_unwind_on_malloc=0:detect_leaks=$leaks LSAN_OPTIONS=suppressions=$(realpath "$(dirname "$0")")/lsan-gpm.supp TERM=$term $TEND $TEND_ARGS; echo TEND-EXIT=\$?" Enter
	wait_for "$s" "This week"
	[ "$(tmx display-message -p -t "$s" '#{alternate_on}')" = 0 ] ||
		fail "TERM=$term: the alternate screen was used" "$s"
	tmx send-keys -t "$s" q
	wait_for "$s" "TEND-EXIT=0"
	if tmx capture-pane -p -S -500 -t "$s" | grep -qE "This week|Gestures|Alex"; then
		tmx capture-pane -p -S -500 -t "$s"
		fail "TERM=$term: the dashboard was left on screen or in the scrollback" "$s"
	fi
	[ "$(tmx display-message -p -t "$s" '#{cursor_flag}')" = 1 ] ||
		fail "TERM=$term: the cursor is still hidden" "$s"
done
echo "PASS: signals"
