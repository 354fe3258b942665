#!/usr/bin/env bash
# `tend plan --format pdf`: page count and size (A4 and Letter), the names
# and dates in the text, the private file, the refusal to write to a
# terminal, and an edited plan with two steps swapped showing on paper.
TEND=${1:?usage: plan_pdf_test.sh TEND DATA_DIR}
DATA=${2:?usage: plan_pdf_test.sh TEND DATA_DIR}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
need pdfinfo pdftotext # poppler-utils

cat >"$C" <<'CONF'
partner "Zoë" { color = "cyan" }
partner "Đức" { color = "magenta" }
start-date = "2026-11-23"
CONF

"$TEND" --config "$C" --db "$D" plan --format pdf -o "$T/a4.pdf" || fail "pdf (a4) failed"
info=$(pdfinfo "$T/a4.pdf")
grep -q "^Page size: *595.276 x 841.89 pts (A4)" <<<"$info" || fail "not A4: $info"
pages=$(awk '/^Pages:/ { print $2 }' <<<"$info")
[ "$pages" = 6 ] || fail "A4 has $pages pages, wanted 6"
[ "$(stat -c %a "$T/a4.pdf")" = 600 ] || fail "the PDF is not 0600"
text=$(pdftotext -layout "$T/a4.pdf" -)
has "$text" "Zoë & Đức"
has "$text" "Monday 23 November 2026"
has "$text" "Thursday 21 January 2027"
has "$text" "Time-out"
has "$text" "23 Nov"
has "$text" "21 Jan"
has "$text" "Ground rules"
has "$text" "Keep it going"
# A touch circle only on the days whose phase asks for touch: weeks 3-8,
# not the ground rules of weeks 1-2 nor the closing days 57-60.
row() { grep -E "^ *$1 +$2 +$3 +$4( |$)" <<<"$text"; }
for d in "Mon 23 Nov 1" "Sun 6 Dec 14" "Mon 18 Jan 57" "Thu 21 Jan 60"; do
	set -- $d
	r=$(row "$@")
	[ -n "$r" ] || fail "no row for $d in the PDF"
	case "$r" in *"○"*) fail "a touch circle on $d: $r" ;; esac
done
for d in "Mon 7 Dec 15" "Mon 21 Dec 29" "Sun 17 Jan 56"; do
	set -- $d
	case "$(row "$@")" in *"○"*) ;; *) fail "no touch circle on $d" ;; esac
done
# One kind of quotes on paper: typographic, also in the plan's own words.
has "$text" "can’t"
if grep -q "[\"']" <<<"$text"; then fail "straight quotes in the PDF: $(grep "[\"']" <<<"$text")"; fi

# Letter, through a pipe.
"$TEND" --config "$C" --db "$D" plan --format pdf --paper letter >"$T/letter.pdf" || fail "pdf (letter) failed"
info=$(pdfinfo "$T/letter.pdf")
grep -q "^Page size: *612 x 792 pts (letter)" <<<"$info" || fail "not Letter: $info"
pages=$(awk '/^Pages:/ { print $2 }' <<<"$info")
[ "$pages" -ge 6 ] || fail "Letter has $pages pages"

# Never onto a terminal (script gives tend a pseudo-terminal when present).
if command -v script >/dev/null; then
	script -qec "\"$TEND\" --config \"$C\" --db \"$D\" plan --format pdf; echo status=\$?" /dev/null >"$T/tty" 2>&1
	grep -q "will not write a PDF to the terminal; use -o FILE or a pipe" "$T/tty" || fail "PDF went to a terminal: $(cat "$T/tty")"
	grep -q "status=2" "$T/tty" || fail "PDF to a terminal did not exit 2"
fi

# The widest names the rule allows (40 columns each: wide letters, wide
# glyphs) still leave the whole cover on page 1, in order.
printf 'partner "%s" {}\npartner "%s" {}\nstart-date = "2026-11-23"\n' \
	"$(printf 'W%.0s' {1..40})" "$(printf '\xe7\xbe\x8e%.0s' {1..20})" >"$T/wide.conf"
"$TEND" --config "$T/wide.conf" --db "$D" plan --format pdf -o "$T/wide.pdf" || fail "pdf with wide names failed"
pages=$(pdfinfo "$T/wide.pdf" | awk '/^Pages:/ { print $2 }')
[ "$pages" = 6 ] || fail "wide names: $pages pages, wanted 6"
cover=$(pdftotext -f 1 -l 1 -layout "$T/wide.pdf" -)
keep=$(grep -n "Keep it going" <<<"$cover" | cut -d: -f1)
each=$(grep -n "Each evening: check in" <<<"$cover" | cut -d: -f1)
[ -n "$keep" ] && [ -n "$each" ] && [ "$keep" -lt "$each" ] ||
	fail "wide names run over the cover: $cover"

# The couple's own plan with steps 2 and 3 swapped.
awk '
	/^phase "rebalance"/ { buf = "r" }
	/^phase "closer"/ { buf = "c" }
	/^phase "together"/ { printf "%s%s", c, r; buf = "" }
	{ if (buf == "r") r = r $0 "\n"; else if (buf == "c") c = c $0 "\n"; else print }
' "$DATA/plan.conf" | sed -e '/^phase "closer"/,/^}/ { s/first = 29/first = 15/; s/last = 42/last = 28/ }' \
	-e '/^phase "rebalance"/,/^}/ { s/first = 15/first = 29/; s/last = 28/last = 42/ }' >"$T/mine.plan"
cp "$C" "$T/mine.conf"
echo "plan-file = \"$T/mine.plan\"" >>"$T/mine.conf"
"$TEND" --config "$T/mine.conf" --db "$D" plan --format pdf -o "$T/mine.pdf" || fail "pdf of my plan failed"
text=$(pdftotext "$T/mine.pdf" - | tr '\n' ' ')
grep -qE "Phase 2 +· +Closer, at your own pace +· +days 15–28" <<<"$text" || fail "the swapped phase 2 is not on the grid"
grep -qE "PHASE 3 +· +DAYS 29–42.*Share the load" <<<"$text" || fail "the swapped phase 3 is not in the phases"

# After a pause the days lived before it keep their dates on paper; the
# days after it move on by the paused days (start 23 Nov, paused 1-3 Dec).
P="$T/pause.db"
"$TEND" --config "$C" --db "$P" pause --date 2026-12-01 >/dev/null || fail "pause"
"$TEND" --config "$C" --db "$P" resume --date 2026-12-04 >/dev/null || fail "resume"
"$TEND" --config "$C" --db "$P" --date 2026-12-10 plan --format pdf -o "$T/paused.pdf" ||
	fail "pdf after a pause failed"
text=$(pdftotext -layout "$T/paused.pdf" - | sed 's/  */ /g')
has "$text" "Monday 23 November 2026 – Sunday 24 January 2027"
has "$text" " Mon 30 Nov 8"
has "$text" " Fri 4 Dec 9"
has "$text" " Thu 10 Dec 15"
if grep -qF " Tue 1 Dec 9" <<<"$text"; then fail "day 9 is on a paused day"; fi
has "$text" "Days 1–14 23 Nov – 9 Dec"

finish "all plan PDF tests"
