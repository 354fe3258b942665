#!/bin/sh
# The dashboard's second line with several practices' notes for Mon 30 Nov
# 2026 (day 36; start 2026-10-26): the shared load's monthly review, a
# daily ritual and an open window. Wide, all three show whole; at 80
# columns as many as fit beside the phase, each whole, then how many more
# ("+2 more: o"), a click on which opens the practices screen; narrower
# still, only the count. On the practices screen at 80 columns every tab
# shows by its short name, with no scroll mark even on the last tab, and
# the frame names the current tab in full. Discreet mode keeps the count
# and leaves the ritual's name off.
set -eu
. "$(dirname "$0")/lib.sh"

cat > "$T/tend.conf" <<'CONF'
partner "Alex" { color = "cyan" }
partner "Sam" { color = "magenta" }
start-date = "2026-10-26"
CONF
chmod 600 "$T/tend.conf"
log --date 2026-10-31 task add "Groceries" --owner Alex --done "Fridge stocked" --every weekly
log --date 2026-11-16 ritual add "Reading aloud" --days daily
log --date 2026-11-23 window set 1 mon 20:30
TEND_ARGS="--config $T/tend.conf --db $T/tend.db --date 2026-11-30"
NOTES="jobs review due|Reading aloud today|open window 20:30"

# notes_of PANE: the right side of the second line (after the phase and a
# gap of two or more spaces), one part a line.
notes_of() {
	screen "$1" | sed -n 2p | sed -e 's/^ Now: .*[^ ]  \+\([^ ].*\)$/\1/' -e 's/ *$//' |
		sed 's/ · /\n/g'
}

# check_notes PANE LEFT: every part of the notes is one of the three notes,
# whole, but the last, which says how many more (LEFT) are left out.
check_notes() {
	_parts=$(notes_of "$1")
	_last=$(printf '%s\n' "$_parts" | tail -1)
	[ "$_last" = "+$2 more: o" ] || fail "the line does not end with \"+$2 more: o\"" "$1"
	_shown=$(printf '%s\n' "$_parts" | sed '$d')
	[ -n "$_shown" ] || fail "no note shown whole" "$1"
	while IFS= read -r _n; do
		printf '%s\n' "$_n" | grep -qxE "$NOTES" || fail "a note cut or unknown: \"$_n\"" "$1"
	done <<EOF
$_shown
EOF
	[ $(( $(printf '%s\n' "$_shown" | wc -l) + $2 )) -eq 3 ] ||
		fail "the notes shown and the count do not add up to three" "$1"
}

# Wide: the three notes whole, in the tabs' order, and no count.
start_shell a 140 24
start_tend a
wait_for a "open window 20:30"
[ "$(notes_of a | tr '\n' '|')" = "$NOTES|" ] || fail "not all three notes, whole" a
if screen a | sed -n 2p | grep -qF "more"; then fail "a count with every note shown" a; fi

# 80 columns: the first note whole, then the count of the other two.
start_shell b 80 24
start_tend b
wait_for b "more: o"
check_notes b 2
expect_screen b "Now: Closer, at your own pace"
if screen b | sed -n 2p | grep -qF "…"; then fail "something cut on the second line" b; fi

# Narrower: only the count (the phase keeps its words).
start_shell d 60 24
start_tend d
[ "$(notes_of d | tail -1)" = "3 notes: o" ] || fail "no count alone at 60 columns" d
tmx send-keys -t d q

# A click on the count opens the practices screen.
col=$(screen b | sed -n 2p | awk '{ print index($0, "more: o") }')
click=$(python3 -c "import sys; c, r = $col, 2
sys.stdout.write('\x1b[M' + chr(32) + chr(32 + c) + chr(32 + r) +
                 '\x1b[M' + chr(35) + chr(32 + c) + chr(32 + r))")
tmx send-keys -t b -l "$click"
wait_for b "Our practices"

# 80 columns: every tab by its short name, two spaces apart; the frame
# names the current one in full. The last tab needs no scroll mark.
expect_screen b "│ Rules  Sentences  Load  Talk  Rituals  Window  Menu  Review  Moved  Wishes"
expect_screen b "─ Our practices · Ground rules ─"
tmx send-keys -t b 3
wait_for b "─ Our practices · Shared load ─"
tmx send-keys -t b 9 Right
wait_for b "─ Our practices · Wishes ─"
expect_screen b "│ Rules  Sentences  Load"
if screen b | grep -qF "‹"; then fail "the tab line scrolls at 80 columns" b; fi
tmx send-keys -t b Left
wait_for b "─ Our practices · What moved ─"

# Wide: the full names, and the frame as it was.
tmx send-keys -t a o
wait_for a "Our practices"
expect_screen a "│ Ground rules  Two sentences  Shared load  Talk  Rituals"
expect_screen a "─ Our practices ─"

# Discreet: the neutral notes (shorter: two fit), the count of the third;
# the ritual's own name does not show.
echo 'discreet = true' >>"$T/tend.conf"
NOTES="jobs review due|a ritual today|open time 20:30"
start_shell c 80 24
start_tend c
wait_for c "more: o"
check_notes c 1
if screen c | sed -n 2p | grep -qF "Reading aloud"; then fail "a ritual named when discreet" c; fi
echo "PASS: notes"
