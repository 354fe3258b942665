#!/usr/bin/env bash
# `tend review --week --pdf`: a private PDF whose text (pdftotext) has the
# week, the names, the kind moments before what is on the table, and
# nothing of time-outs or of whether a repair was accepted; Letter paper;
# never to a terminal.
TEND=${1:?usage: review_pdf_test.sh TEND}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
need pdfinfo pdftotext # poppler-utils

cat >"$C" <<'CONF'
partner "Zoë" { color = "cyan" }
partner "Đức" { color = "magenta" }
start-date = "2026-09-01"
CONF
run 0 --date 2026-09-15 checkin zoë --mood 4 --stress 2 --gratitude "the soup you made"
run 0 --date 2026-09-16 gesture 2 "a hug at the door"
run 0 --date 2026-09-16 repair 1 "I was short with you. That was unfair." --accepted
run 0 timeout 2

run 0 --date 2026-09-18 review --week --pdf -o "$T/week.pdf"
info=$(pdfinfo "$T/week.pdf")
grep -q "^Page size: *595.276 x 841.89 pts (A4)" <<<"$info" || fail "not A4: $info"
grep -q "^Title: *Our weekly review" <<<"$info" || fail "no title: $info"
[ "$(stat -c %a "$T/week.pdf")" = 600 ] || fail "the PDF is not 0600"
text=$(pdftotext -layout "$T/week.pdf" -)
has "$text" "Week 3"
has "$text" "Zoë & Đức"
has "$text" "15 Sep to 21 Sep 2026"
has "$text" "the soup you made"
has "$text" "a hug at the door"
has "$text" "I was short with you. That was unfair."
has "$text" "Stage 1, gentle touch"
hasnt "$text" "accepted"
hasnt "$text" "Time-out"
kind=$(grep -n "KIND MOMENTS" <<<"$text" | cut -d: -f1)
table=$(grep -n "ON THE TABLE" <<<"$text" | cut -d: -f1)
[ -n "$kind" ] && [ -n "$table" ] && [ "$kind" -lt "$table" ] || fail "kind moments do not come first"

# Letter, through a pipe; discreet words on paper too.
sed 's/^start-date/discreet = true\nstart-date/' "$C" >"$T/discreet.conf"
"$TEND" --config "$T/discreet.conf" --db "$D" --date 2026-09-18 review --week --pdf \
	--paper letter | cat >"$T/letter.pdf" || fail "pdf through a pipe"
grep -q "^Page size: *612 x 792 pts (letter)" <<<"$(pdfinfo "$T/letter.pdf")" || fail "not Letter"
text=$(pdftotext -layout "$T/letter.pdf" -)
has "$text" "Together"
hasnt "$text" "Stage"
hasnt "$text" "touch"

finish "review-pdf: all checks"
