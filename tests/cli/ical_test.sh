#!/usr/bin/env bash
# `tend ical`: the calendar of what is ahead, read back by Debian's
# python3-icalendar (events, RRULEs, TZID, the zone's changes, UIDs the
# same in two exports, no entry text) and imported into calcurse (the
# check-in at 21:00 local time on both sides of the change to summer time),
# in Europe/Berlin and in UTC; plain titles; a pause moving the check-in's
# end; bad input refused with one line and no file written.
# usage: ical_test.sh TEND
TEND=${1:?usage: ical_test.sh TEND}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin TMPDIR="$T"
PY=/usr/bin/python3


# Day 1 is Monday 2 March 2026: the plan's 60 days cross the change to
# summer time (29 March); a ritual's year crosses the change back (25 Oct).
cat >"$C" <<'CONF'
partner "Alex" {}
partner "Zoë" {}
start-date = "2026-03-02"
checkin-time = "21:00"
checkin-minutes = 20
CONF

# Entries whose words must never reach the calendar.
run 0 --date 2026-03-09 checkin Alex --mood 4 --stress 2 --gratitude "Secret-gratitude-words"
run 0 --date 2026-03-09 gesture Zoë "Secret-gesture-words"
run 0 --date 2026-03-09 ritual add "Secret-walk-name" --days thu --at 19:00
run 0 --date 2026-03-09 ritual add "Secret-paused-name" --days daily
run 0 --date 2026-03-09 ritual pause "Secret-paused-name" --reason "Secret-reason-words"

run 0 ical --help
has "$out" "usage: tend ical"
run 0 --date 2026-03-10 ical -o "$T/a.ics"
[ -z "$out" ] || fail "ical -o wrote to stdout: $out"
[ "$(stat -c %a "$T/a.ics")" = 600 ] || fail "a.ics is $(stat -c %a "$T/a.ics"), not 600"
run 0 --date 2026-03-10 ical
cp "$T/out" "$T/b.ics"
for word in Secret Alex Zoë; do
	if grep -q "$word" "$T/a.ics"; then fail "the calendar holds \"$word\""; fi
done
# Every line ends in CRLF and holds at most 75 octets before it.
[ "$(grep -c $'[^\r]$' "$T/a.ics")" = 0 ] || fail "a.ics: a line without CRLF"
[ "$(LC_ALL=C awk 'length($0) > 76' "$T/a.ics" | wc -l)" = 0 ] ||
	fail "a.ics: a line longer than 75 octets"

# Read back by python3-icalendar: what each event is.
check_py() {
	"$PY" - "$@" <<'PY'
import sys, datetime, zoneinfo
import icalendar
from dateutil import rrule

a, b, zone = sys.argv[1], sys.argv[2], sys.argv[3]
cal = icalendar.Calendar.from_ical(open(a, 'rb').read())
again = icalendar.Calendar.from_ical(open(b, 'rb').read())
bad = []
def want(ok, what):
    if not ok:
        bad.append(what)

want(str(cal['VERSION']) == '2.0', 'VERSION')
want(str(cal['PRODID']).startswith('-//tend//tend '), 'PRODID')
events = list(cal.walk('VEVENT'))
uids = [str(e['UID']) for e in events]
want(len(uids) == len(set(uids)), 'UIDs unique')
want(sorted(uids) == sorted(str(e['UID']) for e in again.walk('VEVENT')),
     'the same UIDs in a second export')
for e in events:
    want('DTSTAMP' in e, 'DTSTAMP in ' + str(e['UID']))
    want(str(e.get('CLASS')) == 'PRIVATE', 'CLASS:PRIVATE')
kinds = {}
for e in events:
    kinds.setdefault(str(e['UID']).split('-')[0], []).append(e)
want(len(kinds.get('checkin', [])) == 1, 'one check-in event')
want(len(kinds.get('phase', [])) == 5, 'five phases')
want(len(kinds.get('ritual', [])) == 1, 'one ritual (the paused one left out)')
want(len(kinds.get('weekly', [])) == 7, 'seven weekly reviews ahead, got %d' % len(kinds.get('weekly', [])))
want(len(kinds.get('closing', [])) == 1, 'the closing review')
want(len(kinds.get('quarterly', [])) == 3, 'three quarterly reviews in the year')
titles = set(str(e['SUMMARY']) for e in events)
want(titles == {'Evening', 'Part 1 of 5', 'Part 2 of 5', 'Part 3 of 5', 'Part 4 of 5',
                'Part 5 of 5', 'Together time', "Week's look back", 'Looking back'},
     'neutral titles: %s' % sorted(titles))

# The check-in: 21:00 local for 20 minutes, daily up to day 60 (30 April).
ci = kinds['checkin'][0]
start = ci.decoded('DTSTART')
want(ci['DTSTART'].params.get('TZID') == zone, 'check-in TZID')
want((start.year, start.month, start.day, start.hour, start.minute) == (2026, 3, 10, 21, 0),
     'check-in starts 2026-03-10 21:00: %s' % start)
want(ci.decoded('DTEND') - start == datetime.timedelta(minutes=20), 'check-in lasts 20 minutes')
rr = ci['RRULE']
want(rr['FREQ'] == ['DAILY'], 'check-in daily')
until = rr['UNTIL'][0]
want(until.utcoffset() == datetime.timedelta(0), 'UNTIL in UTC')
last_utc = {'Europe/Berlin': datetime.datetime(2026, 4, 30, 19, 0),
            'UTC': datetime.datetime(2026, 4, 30, 21, 0)}[zone]
want(until.replace(tzinfo=None) == last_utc, 'UNTIL %s' % until)
# Expanded on the wall clock of the zone (pytz's fixed offsets would not).
def wall(d):
    return d.replace(tzinfo=None).replace(tzinfo=zoneinfo.ZoneInfo(zone))
occ = list(rrule.rrulestr(ci['RRULE'].to_ical().decode(), dtstart=wall(start)))
want(len(occ) == 52, '52 check-ins from day 9 to day 60, got %d' % len(occ))
want(occ[-1].date() == datetime.date(2026, 4, 30), 'the last on 30 April')
if zone == 'Europe/Berlin':
    want(occ[0].utcoffset() == datetime.timedelta(hours=1) and
         occ[-1].utcoffset() == datetime.timedelta(hours=2), 'CET, then CEST')
for o in occ:
    want((o.hour, o.minute) == (21, 0), 'check-in at 21:00 local: %s' % o)

# The zone, from its own VTIMEZONE: the offset on each side of a change.
tz = list(cal.walk('VTIMEZONE'))
want(len(tz) == 1 and str(tz[0]['TZID']) == zone, 'one VTIMEZONE named ' + zone)
parts = [(p.name, p.decoded('DTSTART'), p.decoded('TZOFFSETFROM'), p.decoded('TZOFFSETTO'))
         for p in tz[0].subcomponents]
h = datetime.timedelta(hours=1)
if zone == 'Europe/Berlin':
    want(('DAYLIGHT', datetime.datetime(2026, 3, 29, 2, 0), h, 2 * h) in parts,
         'summer time from 29 March 02:00: %s' % parts)
    want(('STANDARD', datetime.datetime(2026, 10, 25, 3, 0), 2 * h, h) in parts,
         'winter time from 25 October 03:00')
    want(('DAYLIGHT', datetime.datetime(2027, 3, 28, 2, 0), h, 2 * h) not in parts,
         'no change after the calendar ends')
    # The local offset of an occurrence, as the VTIMEZONE gives it.
    def offset(local):
        best = None
        for name, since, frm, to in sorted(parts, key=lambda p: p[1]):
            if since <= local:
                best = to
        return best
    want(offset(datetime.datetime(2026, 3, 28, 21, 0)) == h, 'before: +01:00')
    want(offset(datetime.datetime(2026, 3, 30, 21, 0)) == 2 * h, 'after: +02:00')
    want(offset(datetime.datetime(2026, 10, 29, 19, 0)) == h, 'in November again +01:00')
else:
    want(all(p[0] == 'STANDARD' and p[2] == p[3] == datetime.timedelta(0) for p in parts),
         'UTC has no change: %s' % parts)

# The ritual: Thursdays at 19:00 local, on both sides of 25 October.
r = kinds['ritual'][0]
want(r['RRULE']['FREQ'] == ['WEEKLY'] and r['RRULE']['BYDAY'] == ['TH'], 'ritual weekly on TH')
rs = r.decoded('DTSTART')
want((rs.month, rs.day, rs.hour) == (3, 12, 19), 'ritual from Thursday 12 March 19:00: %s' % rs)
days = [o for o in rrule.rrulestr(r['RRULE'].to_ical().decode(), dtstart=wall(rs))
        if o.month in (10, 11) and o.year == 2026]
want(all(o.hour == 19 and o.weekday() == 3 for o in days), 'Thursdays 19:00 in the autumn')

# Phases are all-day, one after the other; the closing review its 4 days.
ph = sorted((e.decoded('DTSTART'), e.decoded('DTEND')) for e in kinds['phase'])
want(all(type(s) is datetime.date for s, _ in ph), 'phases all day')
want(ph[0][0] == datetime.date(2026, 3, 2) and ph[-1][1] == datetime.date(2026, 5, 1),
     'phases from 2 March to 30 April: %s' % ph)
cl = kinds['closing'][0]
want((cl.decoded('DTSTART'), cl.decoded('DTEND')) ==
     (datetime.date(2026, 4, 27), datetime.date(2026, 5, 1)), 'closing review days 57-60')
q = sorted(e.decoded('DTSTART') for e in kinds['quarterly'])
want(q[0] == datetime.date(2026, 7, 31), 'quarterly review 1 on day 152: %s' % q)
wk = sorted(e.decoded('DTSTART') for e in kinds['weekly'])
want(wk[0] == datetime.date(2026, 3, 15) and wk[-1] == datetime.date(2026, 4, 26),
     'weekly reviews on days 14 to 56: %s' % wk)
for b in bad:
    print('FAIL: ' + b)
sys.exit(1 if bad else 0)
PY
}
check_py "$T/a.ics" "$T/b.ics" Europe/Berlin || fail "python3-icalendar (Europe/Berlin)"

# calcurse takes the file in; the check-in shows at 21:00 local time on
# each side of the change to summer time, the ritual at 19:00 in October.
mkdir -p "$T/cc"
calcurse -D "$T/cc" -i "$T/a.ics" >"$T/cc.out" 2>&1 || fail "calcurse -i: $(cat "$T/cc.out")"
has "$(cat "$T/cc.out")" "0 skipped"
cc() { calcurse -D "$T/cc" --input-datefmt 4 -Q --filter-type recur-apt --format-recur-apt \
	'%S-%E %m\n' --from "$1" --days "$2"; }
got=$(cc 2026-03-28 3)
[ "$(grep -c '^21:00-21:20 Evening$' <<<"$got")" = 3 ] || fail "calcurse, around 29 March: $got"
got=$(cc 2026-10-22 8)
[ "$(grep -c '^19:00-19:30 Together time$' <<<"$got")" = 2 ] || fail "calcurse, October: $got"
got=$(cc 2026-05-01 2)
hasnt "$got" "Evening"

# Plain titles: the check-in and the ritual's name, still no entry text.
run 0 --date 2026-03-10 ical --plain
has "$out" "SUMMARY:Check-in"
has "$out" "SUMMARY:Secret-walk-name"
has "$out" "SUMMARY:Phase 3: Closer\\, at your own pace"
hasnt "$out" "Secret-paused-name"
hasnt "$out" "Secret-gratitude"
hasnt "$out" "Secret-reason"
echo 'calendar-plain = true' >>"$C"
run 0 --date 2026-03-10 ical
has "$out" "SUMMARY:Check-in"
sed -i '/calendar-plain/d' "$C"

# In UTC: the same events, a zone without changes.
TZ=UTC run 0 --date 2026-03-10 ical -o "$T/u.ics"
TZ=UTC run 0 --date 2026-03-10 ical -o "$T/u2.ics"
has "$(cat "$T/u.ics")" "DTSTART;TZID=UTC:20260310T210000"
hasnt "$(cat "$T/u.ics")" "DAYLIGHT"
TZ=UTC check_py "$T/u.ics" "$T/u2.ics" UTC || fail "python3-icalendar (UTC)"
mkdir -p "$T/cu"
TZ=UTC calcurse -D "$T/cu" -i "$T/u.ics" >"$T/cu.out" 2>&1 || fail "calcurse -i (UTC)"
got=$(TZ=UTC calcurse -D "$T/cu" --input-datefmt 4 -Q --filter-type recur-apt \
	--format-recur-apt '%S-%E %m\n' --from 2026-03-28 --days 3)
[ "$(grep -c '^21:00-21:20 Evening$' <<<"$got")" = 3 ] || fail "calcurse in UTC: $got"

# A pause of the program moves the check-in's end by its days; the UID stays.
uid=$(grep '^UID:checkin' "$T/a.ics")
run 0 --date 2026-03-12 pause
run 0 --date 2026-03-15 resume
run 0 --date 2026-03-16 ical
has "$out" "$uid"
has "$out" "RRULE:FREQ=DAILY;UNTIL=20260503T190000Z"
has "$out" "DTSTART;VALUE=DATE:20260430"$'\r'   # the closing review moved too

# The UIDs belong to the database, wherever it is; another one has its own.
cp "$D" "$T/moved.db"
"$TEND" --config "$C" --db "$T/moved.db" --date 2026-03-16 ical >"$T/m.out" || fail "moved"
has "$(cat "$T/m.out")" "$uid"
"$TEND" --config "$C" --db "$T/other.db" --date 2026-03-16 checkin Alex --mood 3 --stress 3 \
	>/dev/null || fail "other"
"$TEND" --config "$C" --db "$T/other.db" --date 2026-03-16 ical >"$T/o.out" || fail "other ical"
hasnt "$(cat "$T/o.out")" "$uid"

# The open windows: weekly from the phase that asks for them (day 29),
# titled only "Open time" (or "Open window" with plain titles).
run 0 --date 2026-03-16 window set 1 thu 20:30 90
run 0 --date 2026-03-16 ical
has "$out" "SUMMARY:Open time"
has "$out" "UID:window-"
win=$(grep -A8 "^UID:window-" <<<"$out")
has "$win" "BYDAY=TH"
has "$win" "T203000"
run 0 --date 2026-03-16 ical --plain
has "$out" "SUMMARY:Open window"

# Bad input: one line, status 2 or 1, no file left behind.
run 2 --date 2026-03-10 ical extra
has "$err" "takes no arguments"
run 2 --date 2026-03-10 ical --bogus
[ "$(wc -l <"$T/err")" -le 2 ] || fail "ical --bogus: $err"
run 2 --date 2026-03-10 ical -o "$D"
run 1 --date 2026-03-10 ical -o "$T/no/such/dir/c.ics"
[ ! -e "$T/no" ] || fail "ical made a folder"
run 1 --date 2026-03-10 ical -o /dev/full
[ "$(wc -l <"$T/err")" = 1 ] || fail "ical -o /dev/full: $err"
run 1 --date 2026-03-10 ical -o "$T"
left=$(find "$T" -maxdepth 1 -name '*.ics*' ! -name a.ics ! -name b.ics ! -name u.ics ! -name u2.ics)
[ -z "$left" ] || fail "files left behind: $left"

finish "ical"
