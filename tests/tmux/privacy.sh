#!/bin/sh
# Privacy in the dashboard: the panic key hides everything at once and only
# typing "moon" brings it back (typed once too often, it does nothing), while polling and a time-out called from a
# second dashboard reveal nothing; the terminal title never names anything
# (neutral when discreet); what was deleted or undone is gone from the file
# after quitting.
set -eu
. "$(dirname "$0")/lib.sh"

title() { tmx display-message -p -t "$1" '#{pane_title}'; }

# expect_blank PANE: not one visible character, and a title naming nothing.
expect_blank() {
	if screen "$1" | grep -q '[^[:space:]]'; then fail "the screen is not blank" "$1"; fi
	case "$(title "$1")" in
	*tend* | *Alex* | *Sam* | *[Tt]ouch*) fail "the title says \"$(title "$1")\"" "$1" ;;
	esac
}

# secret_in_file TEXT: is TEXT anywhere in the database or its WAL?
secret_in_file() {
	cat "$T/tend.db" "$T/tend.db-wal" 2>/dev/null | strings | grep -qF -- "$1"
}

write_config
start_shell a 80 24
start_shell b 80 24
start_tend a
[ "$(title a)" = tend ] || fail "title \"$(title a)\", expected tend" a

# Half-way through a gesture, ! on the choice field hides everything at once.
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "a note in progress"
tmx send-keys -t a Tab '!'
sleep 0.3
expect_blank a
[ "$(tmx display-message -p -t a '#{cursor_x},#{cursor_y},#{cursor_flag}')" = "0,0,1" ] ||
	fail "the cursor should sit at the top left like a cleared terminal" a

# The other dashboard logs a gesture and calls a time-out: a stays blank.
start_tend b
tmx send-keys -t b g
wait_for b "A new gesture"
tmx send-keys -t b 2 Tab
tmx send-keys -t b -l "from the other screen"
tmx send-keys -t b Enter
wait_for b "Saved a gesture"
tmx send-keys -t b x
wait_for b "Called by"
tmx send-keys -t b 1 Enter
wait_for b "Time-out: "
sleep 1.5
expect_blank a

# No single key, and no wrong word, brings it back; q does not quit; nor
# does the old "tend" and Enter.
tmx send-keys -t a q
send_esc a
tmx send-keys -t a Enter
tmx send-keys -t a -l "moo"
tmx send-keys -t a Enter
tmx send-keys -t a -l "mo"
send_esc a
tmx send-keys -t a -l "on"
tmx send-keys -t a -l "tend"
tmx send-keys -t a Enter
tmx send-keys -t a -l "mooa"
sleep 0.7
expect_blank a
[ -e "/proc/$(cat "$T/pid-a")" ] || fail "the dashboard quit while hidden"

# "moon" (no Enter): the form is back with what was typed, the title too.
tmx send-keys -t a -l "moon"
wait_for a "A new gesture"
expect_screen a "a note in progress"
[ "$(title a)" = tend ] || fail "title \"$(title a)\" after coming back" a
send_esc a
wait_for a "Cancelled: nothing was saved"
# Typed once too often on the dashboard, the word does nothing.
tmx send-keys -t a -l "moonMOON"
sleep 0.5
expect_screen a "This week"
if screen a | grep -qF "A new"; then fail "the word opened a form" a; fi
expect_not_db '^touch,'
wait_for a "called \"Time-out\""
tmx send-keys -t a b
wait_for a "Welcome back"
expect_not_db 'a note in progress'

# Deleted and undone entries are erased from the file when the dashboard
# quits, while the other dashboard is still open.
tmx send-keys -t a g
wait_for a "A new gesture"
tmx send-keys -t a 1 Tab
tmx send-keys -t a -l "DELETED-words-4711"
tmx send-keys -t a Enter
wait_for a "Saved a gesture"
tmx send-keys -t a t
wait_for a "A new touch session"
tmx send-keys -t a 2 Tab
tmx send-keys -t a -l "UNDONE-words-4712"
tmx send-keys -t a Enter
wait_for a "Saved a touch session"
tmx send-keys -t a u
wait_for a "Removed the touch session by Sam."
tmx send-keys -t a Left Down Enter
wait_for a "Gestures: 2 entries"
tmx send-keys -t a d
wait_for a "s gesture \""
tmx send-keys -t a y
wait_for a "Gestures: 1 entry"
expect_screen a "from the other screen"
# Meanwhile b logs and deletes a gesture of its own: still undoable in b
# after a quits, so a must leave it in the file.
tmx send-keys -t b g
wait_for b "A new gesture"
tmx send-keys -t b 1 Tab
tmx send-keys -t b -l "B-DELETES-4713"
tmx send-keys -t b Enter
wait_for b "Saved a gesture"
tmx send-keys -t b Left Down Enter
wait_for b "Gestures: 2 entries"
expect_screen b "B-DELETES-4713"
tmx send-keys -t b d
wait_for b "s gesture \""
tmx send-keys -t b y
wait_for b "Gestures: 1 entry"
send_esc a
tmx send-keys -t a q
expect_restored a 0
expect_not_db 'DELETED-words-4711|UNDONE-words-4712|B-DELETES-4713'
if secret_in_file DELETED-words-4711; then fail "deleted text is still in the file"; fi
if secret_in_file UNDONE-words-4712; then fail "undone text is still in the file"; fi
secret_in_file "from the other screen" || fail "the kept gesture should still be in the file"
secret_in_file B-DELETES-4713 || fail "a erased what b deleted, so b cannot undo it"
tmx send-keys -t b u
wait_for b "Brought back the gesture by Alex."
wait_for b "Gestures: 2 entries"
expect_db 'B-DELETES-4713'
# Deleted again, it is gone from the file once b quits too.
tmx send-keys -t b d
wait_for b "s gesture \""
tmx send-keys -t b y
wait_for b "Gestures: 1 entry"
send_esc b
tmx send-keys -t b q
expect_restored b 0
expect_not_db 'B-DELETES-4713'
for x in DELETED-words-4711 B-DELETES-4713; do
	if secret_in_file "$x"; then fail "\"$x\" is still in the file after both quit"; fi
done
[ "$(title b)" != tend ] || fail "the title still says tend after quitting" b

# Discreet: the title stays neutral all along, hidden or not.
cat >> "$T/tend.conf" <<'CONF'
discreet = true
CONF
rerun_tend a
case "$(title a)" in *tend* | *Alex* | *Sam*) fail "discreet title \"$(title a)\"" a ;; esac
expect_screen a "Together"
tmx send-keys -t a '!'
sleep 0.3
expect_blank a
tmx send-keys -t a -l "moon"
wait_for a "This week"
case "$(title a)" in *tend* | *Alex* | *Sam*) fail "discreet title \"$(title a)\"" a ;; esac
tmx send-keys -t a q
expect_restored a 0
echo "PASS: privacy"
