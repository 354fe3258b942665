#!/bin/sh
# Time on the dashboard. Time-outs follow the same rules as `tend timeout`:
# one starts now, so a dashboard showing a past day (--date) files none;
# and a second one is refused while the first still runs, also after its
# pause. A return planned during the pause replaces the countdown. The week
# view stops at the end of the year 9999.
set -eu
. "$(dirname "$0")/lib.sh"

write_config
start_shell a 100 30

# A past day through --date: x says why and opens no form.
TEND_ARGS="--config $T/tend.conf --db $T/tend.db --date 2026-11-20"
start_tend a
tmx send-keys -t a x
wait_for a "A time-out starts now, so it cannot be filed under"
wait_for a "Fri 20 Nov"
if screen a | grep -qF "Called by"; then fail "a form opened for a past day" a; fi
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
expect_not_db '^timeout,'

# The day it is: the time-out starts.
TEND_ARGS="--config $T/tend.conf --db $T/tend.db --date 2026-11-23"
rerun_tend a
tmx send-keys -t a x
wait_for a "Called by"
tmx send-keys -t a 1 Enter
wait_for a "Time-out: 19:5"
expect_db '^timeout,[0-9]+,2026-11-23,1,'

# A return planned during the pause stands: the countdown gives way to it.
tmx send-keys -t a s
wait_for a "When will you come back to it?"
tmx send-keys -t a Enter
wait_for a "Planned: you come back today at"
wait_for a "Coming back today at"
wait_gone a "Time-out: 19:"
tmx send-keys -t a u
wait_for a "Undone: no return is planned now."
wait_for a "Time-out: 19:"

# The pause is over, nobody came back yet: x is still refused (it used to
# start a second time-out here).
now=$(date +%s)
sqlite3 -cmd ".timeout 5000" "$T/tend.db" \
	"UPDATE timeout SET called_at = $((now - 22 * 60)) WHERE returned_at IS NULL"
wait_for a "Time to come back together" 5
tmx send-keys -t a x
wait_for a "A time-out is already running (b when you are back)."
if screen a | grep -qF "Called by"; then fail "a second time-out form opened" a; fi
[ "$(export_csv | grep -c '^timeout,')" = 1 ] || fail "a second time-out was saved"

# Back: then a new one may start.
tmx send-keys -t a b
wait_for a "Welcome back"
tmx send-keys -t a x
wait_for a "Called by"
send_esc a
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"

# The last days tend takes: with a year-long plan that starts on the last
# day tend takes, the week view walks to the last whole week of 9999 and
# no further.
sed 's/^\tlast = 60$/\tlast = 366/' "$(dirname "$0")/../../data/plan.conf" >"$T/plan.conf"
grep -q 'last = 366' "$T/plan.conf" || fail "could not make a year-long plan"
cat >"$T/late.conf" <<CONF
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "9998-12-31"
plan-file = "$T/plan.conf"
CONF
chmod 600 "$T/late.conf" "$T/plan.conf"
TEND_ARGS="--config $T/late.conf --db $T/late.db --date 9998-12-31"
rerun_tend a
tmx send-keys -t a w
wait_for a "Jan 9999 (this week)"
i=0
while [ $i -lt 60 ]; do
	tmx send-keys -t a Right
	i=$((i + 1))
done
wait_for a "Dec 9999"
wait_for a "The calendar ends here, with the year 9999."
if screen a | grep -qE "10000|Week of [0-9]+ [A-Z][a-z]+ - [0-9]+ [A-Z][a-z]+ 0"; then
	fail "the week view went past 9999" a
fi
tmx send-keys -t a Escape
sleep 0.3
tmx send-keys -t a q
wait_for a "TEND-EXIT=0"
