#!/usr/bin/env bash
# Time on the command line, with the clock moved by libfaketime in Berlin:
# a clock set back during a pause, a day that starts at 02:30 on the night
# the clocks go back, a planned return on the night they go forward, and
# dates tend cannot hold.
TEND=${1:?usage: time_test.sh TEND}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin FAKETIME_DONT_FAKE_MONOTONIC=1
# A sanitized tend accepts the preloaded faketime library.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

LIBFAKETIME=$(ls /usr/lib/*/faketime/libfaketime.so.1 /usr/lib/faketime/libfaketime.so.1 \
	2>/dev/null | head -n 1)
[ -n "$LIBFAKETIME" ] || { echo "FAIL: this test needs libfaketime"; exit 1; }

# at 'YYYY-MM-DD HH:MM[:SS] [CET|CEST]' WANT ARGS...: tend at that Berlin time
# (the zone picks the reading on the night one comes twice); the clock
# ticks from there. stdout in $out, stderr in $err, exit status checked.
at() {
	local when=$1 want=$2; shift 2
	local epoch
	epoch=$(date -d "$when" +%s) || { fail "bad test time $when"; return; }
	# libfaketime itself, not the faketime wrapper, whose semaphore can clash
	# with another test's run of it.
	LD_PRELOAD="$LIBFAKETIME${LD_PRELOAD:+:$LD_PRELOAD}" FAKETIME_FMT=%s FAKETIME="@$epoch" \
		"$TEND" --config "$C" --db "$D" "$@" >"$T/out" 2>"$T/err"
	judge "$want" $? "tend $* at $when"
}

cat >"$C" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-10-12"
day-starts-at = "02:30"
CONF
chmod 600 "$C"

# --- dates tend cannot hold are out of range, not "not a date"
at '2026-11-23 21:00:00' 2 --date 9999-12-31 today
has "$err" '--date: "9999-12-31" is out of range (tend takes days from 1900-01-01 to 9998-12-31)'
at '2026-11-23 21:00:00' 2 --date 2026-02-30 today
has "$err" "is not a date (YYYY-MM-DD)"
at '2026-11-23 21:00:00' 0 --date 9998-12-31 week
has "$out" "Jan 9999"

# --- the clock set back during a pause: no negative length
at '2026-11-20 21:00:00' 0 timeout alex
has "$out" "called by Alex"
at '2026-11-18 21:34:00' 0 return
has "$out" "Welcome back."
hasnt "$out" "-2966"
hasnt "$out" "lasted -"
at '2026-11-20 21:00:00' 1 return
has "$err" "no time-out is running"
# and an ordinary pause says how long it lasted
at '2026-11-21 20:00:00' 0 timeout sam
at '2026-11-21 20:25:30' 0 return
has "$out" "The pause lasted 25 minutes."
# `today` says where a time-out stands by the same rule: paused, then time
# to come back, and once its window is over it no longer runs.
at '2026-11-22 20:00:00' 0 timeout alex
at '2026-11-22 20:05:00' 0 today
has "$out" "called by Alex, still paused"
at '2026-11-22 20:06:00' 0 return --schedule 21:30
at '2026-11-22 20:07:00' 0 today
has "$out" "called by Alex, return scheduled for today at 21:30"
at '2026-11-22 21:45:00' 0 today
has "$out" "called by Alex, the pause is over: time to come back"
at '2026-11-24 20:00:00' 0 --date 2026-11-22 today
has "$out" "called by Alex, no return noted"
hasnt "$out" "still paused"

# --- day-starts-at 02:30 on 2026-10-25, when 02:00-02:59 comes twice:
# Saturday until the first 02:30, then Sunday, also through the second
# 02:00-02:29 (the clock reads earlier, but time has gone on).
at '2026-10-25 02:20 CEST' 0 today
has "$out" "Sat 24 Oct 2026"
at '2026-10-25 02:20 CEST' 0 gesture 1 "summer 02:20"
at '2026-10-25 02:40 CEST' 0 today
has "$out" "Sun 25 Oct 2026"
at '2026-10-25 02:40 CEST' 0 gesture 1 "summer 02:40"
at '2026-10-25 02:10 CET' 0 today
has "$out" "Sun 25 Oct 2026"
at '2026-10-25 02:10 CET' 0 gesture 2 "winter 02:10"
at '2026-10-25 12:00' 0 export --format csv
grep -q '^gesture,[0-9]*,2026-10-24,1,.*summer 02:20' <<<"$out" || fail "02:20 CEST is not on the 24th: $out"
grep -q '^gesture,[0-9]*,2026-10-25,1,.*summer 02:40' <<<"$out" || fail "02:40 CEST is not on the 25th: $out"
grep -q '^gesture,[0-9]*,2026-10-25,2,.*winter 02:10' <<<"$out" || fail "02:10 CET went back a day: $out"

# --- a planned return at a time the clocks skip: said, not quiet
at '2027-03-27 23:00:00' 0 timeout alex
at '2027-03-28 00:30:00' 0 return --schedule 02:30
has "$out" "Return scheduled for today at 03:30: the clocks go forward that night, so there is no 02:30."
at '2027-03-28 00:31:00' 0 today
has "$out" "return scheduled for"
at '2027-03-28 00:32:00' 0 return
has "$out" "Welcome back."

finish "all time tests"
