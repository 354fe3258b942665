#!/usr/bin/env bash
# Bad input through the built tend: files that are not what they claim to be
# (databases, configs, plan files) and hostile text typed by a user.
#
# A refused file must give the exit status of its kind (database 1, config
# and plan 2), exactly one line on stderr starting with "tend CMD: " that names
# the file (and the line, where there is one), nothing on stdout, and leave
# the file's bytes alone with no -wal/-shm/-journal beside it. Hostile text
# must be stored byte for byte, printed by `today`/`week` without a single
# control character (and `week` within 80 columns), and exported to JSON
# exactly (invalid UTF-8 as U+FFFD) and to CSV without an escape byte.
#
# usage: bad_inputs.sh TEND SOURCE_DIR (VERBOSE=1 shows each refusal)
set -u
TEND=${1:?usage: bad_inputs.sh TEND SOURCE_DIR}
SRC=${2:?usage: bad_inputs.sh TEND SOURCE_DIR}
[ -d "$SRC" ] || { echo "no source directory $SRC"; exit 2; }
command -v sqlite3 >/dev/null || { echo "SKIP: no sqlite3 command"; exit 77; }
command -v python3 >/dev/null || { echo "SKIP: no python3"; exit 77; }
# The interpreter itself: a version manager's shim costs a second a call.
PY=$(python3 -c 'import sys; print(sys.executable)') || exit 1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 TZ=Europe/Berlin HOME="$T/home"
export XDG_CONFIG_HOME="$T/xdg-config" XDG_DATA_HOME="$T/xdg-data"
unset NO_COLOR
mkdir -p "$HOME"
fails=0
checks=0
LIMIT=20 # seconds any one tend command may take

# A failure's text may quote what tend printed: shown with cat -v.
fail() { printf 'FAIL: %s\n' "$*" | cat -v; fails=$((fails + 1)); }

# The byte-level checks, in Python for Unicode widths and JSON.
cat >"$T/check.py" <<'EOF'
import json, sys, unicodedata

def clean(path, allow_nl=True):
    """No ESC, no C0 but newline, no DEL, no C1, valid UTF-8."""
    data = open(path, 'rb').read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        return 'invalid UTF-8 at byte %d' % e.start
    for i, c in enumerate(text):
        o = ord(c)
        if (o < 0x20 and not (allow_nl and c == '\n')) or 0x7f <= o <= 0x9f:
            return 'control character U+%04X at character %d' % (o, i)
    return None

def width(s):
    w = 0
    for c in s:
        if unicodedata.combining(c) or unicodedata.category(c) in ('Mn', 'Me', 'Cf'):
            continue
        w += 2 if unicodedata.east_asian_width(c) in ('W', 'F') else 1
    return w

def main():
    cmd = sys.argv[1]
    if cmd == 'clean':
        why = clean(sys.argv[2])
        if why:
            print(why)
            return 1
    elif cmd == 'width':
        limit = int(sys.argv[3])
        text = open(sys.argv[2], 'rb').read().decode('utf-8', 'replace')
        for n, line in enumerate(text.split('\n'), 1):
            if width(line) > limit:
                print('line %d is %d columns wide: %r' % (n, width(line), line))
                return 1
    elif cmd == 'absent':  # a code point that must not appear
        text = open(sys.argv[2], 'rb').read().decode('utf-8', 'replace')
        cp = chr(int(sys.argv[3], 16))
        if cp in text:
            print('U+%04X is in the output' % ord(cp))
            return 1
    elif cmd == 'hex':
        sys.stdout.write(open(sys.argv[2], 'rb').read().hex().upper())
    elif cmd == 'json':  # EXPORT TEXTFILE KIND FIELD
        doc = json.load(open(sys.argv[2], 'rb'))
        want = open(sys.argv[3], 'rb').read().decode('utf-8', 'replace')
        got = [e.get(sys.argv[5]) for e in doc['entries'] if e['kind'] == sys.argv[4]]
        if got != [want]:
            print('%s %s: got %r, wanted %r' % (sys.argv[4], sys.argv[5],
                  [g[:80] if g else g for g in got], want[:80]))
            return 1
    elif cmd == 'nobyte':  # FILE HEX
        if bytes([int(sys.argv[3], 16)]) in open(sys.argv[2], 'rb').read():
            print('byte 0x%s is in the output' % sys.argv[3])
            return 1
    return 0

sys.exit(main())
EOF
py() { "$PY" "$T/check.py" "$@"; }

# run WANT ARGS...: tend with a time limit; stdout in $T/out, stderr in $T/err.
run() {
	local want=$1 got
	shift
	checks=$((checks + 1))
	timeout -k 5 "$LIMIT" "$TEND" "$@" >"$T/out" 2>"$T/err" </dev/null
	got=$?
	if [ "$got" = 124 ] || [ "$got" = 137 ]; then
		fail "tend $* did not finish within ${LIMIT}s"
	elif [ "$got" != "$want" ]; then
		fail "tend $* exited $got, wanted $want; stderr: $(head -c 300 "$T/err")"
	fi
	[ "$got" = "$want" ]
}

# is_clean WHAT FILE: no escape or control characters, valid UTF-8.
is_clean() {
	local why
	why=$(py clean "$2") || fail "$1: $why"
}

# refused WANT NAME LINE ARGS...: tend must refuse with status WANT and one
# line "tend CMD: NAME: ..." on stderr (LINE: "" no line needed, "N" any line,
# digits that line), nothing on stdout.
refused() {
	local want=$1 name=$2 line=$3 msg lines
	shift 3
	run "$want" "$@"
	msg=$(cat "$T/err")
	[ -n "${VERBOSE:-}" ] && echo "exit $want: $msg"
	lines=$(wc -l <"$T/err")
	[ -s "$T/out" ] && fail "tend $*: printed on stdout: $(head -c 200 "$T/out")"
	[ "$lines" = 1 ] && [ "$(tail -c 1 "$T/err" | od -An -c | tr -d ' ')" = '\n' ] ||
		fail "tend $*: wanted one line on stderr, got $lines: $msg"
	# Named after the command (the last argument in every call); a bad
	# global option is said before any command is known, after "tend: ".
	case $msg in
	"tend ${!#}: "*) ;;
	"tend: --"*) ;;
	*) fail "tend $*: the message does not start with \"tend ${!#}: \": $msg" ;;
	esac
	case $line in
	"") grep -qF -- "$name" "$T/err" || fail "tend $*: the message does not name $name: $msg" ;;
	N) grep -qE -- "$(sed 's/[]\/$*.^[]/\\&/g' <<<"$name"):[0-9]+: " "$T/err" ||
		fail "tend $*: the message does not give $name:LINE: $msg" ;;
	*) grep -qF -- "$name:$line: " "$T/err" ||
		fail "tend $*: the message does not give $name:$line: $msg" ;;
	esac
	is_clean "tend $* (stderr)" "$T/err"
}

sum() { if [ -d "$1" ]; then ls -lA "$1"; else md5sum <"$1"; fi; }

# no_sides FILE: nothing beside a refused database.
no_sides() {
	local s
	for s in -wal -shm -journal; do
		[ -e "$1$s" ] && fail "$1$s was left beside a refused database"
	done
}

# --- a config and a real database to start from
C="$T/tend.conf"
run 0 --config "$C" init --partner Alex --partner Sam --start 2026-11-09 ||
	{ echo "cannot write a config; giving up"; exit 1; }
REAL="$T/real.db"
run 0 --config "$C" --db "$REAL" --date 2026-11-23 gesture 1 "A long hug" || exit 1
run 0 --config "$C" --db "$REAL" --date 2026-11-23 checkin 2 --mood 4 --stress 2 || exit 1
# tend keeps the WAL with the latest entries between commands (tend(1),
# FILES); another program sees them, and copies them home as it closes.
[ "$(sqlite3 "$REAL" 'SELECT count(*) FROM gesture')" = 1 ] || fail "sqlite3 misses the gesture"
[ -e "$REAL-wal" ] && fail "$REAL-wal is still there after sqlite3 closed it"
[ "$(stat -c %s "$REAL")" -ge 8192 ] || fail "the real database is smaller than expected"

# --- databases tend must refuse (exit 1)
rand() { "$PY" -c "import random,sys; r=random.Random($2); sys.stdout.buffer.write(bytes(r.randrange(256) for _ in range($1)))"; }
db_case() { # NAME: a database at $T/db/NAME/tend.db, made by the caller
	local f="$T/db/$1/tend.db" before
	before=$(sum "$f")
	refused 1 "$f" "" --config "$C" --db "$f" today
	[ "$(sum "$f")" = "$before" ] || fail "database $1: tend changed the file"
	no_sides "$f"
	[ "$(ls -A "$T/db/$1")" = tend.db ] ||
		fail "database $1: tend left files beside it: $(ls -A "$T/db/$1" | tr '\n' ' ')"
}
newdb() { mkdir -p "$T/db/$1"; echo "$T/db/$1/tend.db"; }

mkdir -p "$(newdb directory)"
f=$(newdb empty); : >"$f"
f=$(newdb text); printf 'Dear diary,\nthis is not a database.\n' >"$f"
f=$(newdb binary); rand 8192 1 >"$f"
f=$(newdb cut-page); head -c 8192 "$REAL" >"$f"
f=$(newdb cut-odd); head -c 5000 "$REAL" >"$f"
f=$(newdb cut-header); head -c 60 "$REAL" >"$f"
f=$(newdb other-app)
sqlite3 "$f" "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
              INSERT INTO notes (body) VALUES ('shopping list');"
f=$(newdb newer); cp "$REAL" "$f"
sqlite3 "$f" "PRAGMA user_version = 99;"
rm -f "$f-wal" "$f-shm"
for d in directory empty text binary cut-page cut-odd cut-header other-app newer; do
	db_case "$d"
done
grep -qF "newer" "$T/err" || fail "a newer database: the message does not say so: $(cat "$T/err")"

# --- configs tend must refuse (exit 2); no database may be made for them
cfg_case() { # NAME LINE: a config at $T/cfg/NAME.conf, made by the caller
	local f="$T/cfg/$1.conf" db="$T/cfg/$1.db" before
	before=$(sum "$f")
	refused 2 "$f" "$2" --config "$f" --db "$db" today
	[ "$(sum "$f")" = "$before" ] || fail "config $1: tend changed the file"
	[ -e "$db" ] && fail "config $1: tend made a database for a refused config"
}
mkdir -p "$T/cfg" "$T/cfg/directory.conf"
printf 'partner "Alex" { color = "cyan" }\nstart-date = "2026-11-09"\x00\n' >"$T/cfg/nul.conf"
rand 4096 2 >"$T/cfg/random.conf"
"$PY" -c "import sys; sys.stdout.write('# ' + 'x' * 1048576 + '\n')" >"$T/cfg/huge.conf"
cp "$C" "$T/cfg/unterminated-string.conf"
printf 'therapist = "Dr. Ruth, 555 0100\n' >>"$T/cfg/unterminated-string.conf"
ustr_line=$(wc -l <"$T/cfg/unterminated-string.conf")
{ cat "$C"; printf 'partner "Kim" {\n  color = "red"\n'; } >"$T/cfg/unterminated-section.conf"
usec_line=$(($(wc -l <"$C") + 1))
{ cat "$C"; printf 'therapist = "Dr. \xff\xfe Ruth"\n'; } >"$T/cfg/bad-utf8.conf"
utf_line=$(wc -l <"$T/cfg/bad-utf8.conf")
cfg_case nul 2
cfg_case random N
cfg_case huge ""
cfg_case unterminated-string "$ustr_line"
cfg_case unterminated-section "$usec_line"
cfg_case bad-utf8 "$utf_line"
cfg_case directory ""

# --- plan files tend must refuse (exit 2): plan-file = "PATH" in a good config;
# no database may be made for them either
plan_case() { # NAME LINE: a plan at $T/plan/NAME.plan, made by the caller
	local f="$T/plan/$1.plan" c="$T/plan/$1.conf" before
	{ cat "$C"; printf 'plan-file = "%s"\n' "$f"; } >"$c"
	before=$(sum "$f")
	refused 2 "$f" "$2" --config "$c" --db "$T/plan/$1.db" today
	[ "$(sum "$f")" = "$before" ] || fail "plan $1: tend changed the file"
	[ -e "$T/plan/$1.db" ] && fail "plan $1: tend made a database for a refused plan"
}
mkdir -p "$T/plan"
rand 4096 3 >"$T/plan/binary.plan"
"$PY" -c "import sys; sys.stdout.write('# ' + 'x' * 1048576 + '\n')" >"$T/plan/huge.plan"
printf 'phase "ground-rules" {\n  first = 1\n  last = 14\n  title = "Ground rules\n}\n' >"$T/plan/unterminated-string.plan"
printf 'phase "ground-rules" {\n  first = 1\n  last = 14\n  title = "Ground rules"\n' >"$T/plan/unterminated-section.plan"
printf 'phase "ground-rules" {\n  first = 1\n  last = 14\n  title = "Gro\xffund \xc3\x28rules"\n}\n' >"$T/plan/bad-utf8.plan"
plan_case binary ""
plan_case huge ""
plan_case unterminated-string 4
plan_case unterminated-section ""
plan_case bad-utf8 ""

# --- hostile names on the command line: the message shows them made safe
E=$'\e'
mkdir -p "$T/esc" "$T/esc/dir${E}[31m.db"
cp "$T/cfg/nul.conf" "$T/esc/nul${E}[2J.conf"
refused 2 "[2J.conf" 2 --config "$T/esc/nul${E}[2J.conf" --db "$T/esc/x.db" today
refused 2 "[2J.conf" "" --config "$T/esc/missing${E}[2J.conf" --db "$T/esc/x.db" today
refused 1 "[31m.db" "" --config "$C" --db "$T/esc/dir${E}[31m.db" today
refused 2 "[2J" "" --config "$C" --db "$T/esc/x.db" --date "${E}[2J" today
# A usage error has its own two-line form; it must be as safe.
run 2 --config "$C" --db "$T/esc/x.db" plan --start "${E}[2J" &&
	is_clean "tend plan --start ESC[2J (stderr)" "$T/err"

# --- hostile text: stored as typed, shown safely, exported exactly
texts=(
	"clear-screen:before ${E}[2J${E}[H after"
	"title:x ${E}]0;owned${E}\\ and ${E}]0;again"$'\a'" y"
	"c0:tab"$'\t'"bell"$'\a'"bs"$'\b'"cr"$'\r'"nl"$'\n'"del"$'\x7f'"end"
	"c1:nel"$'\xc2\x85'"csi"$'\xc2\x9b'"31m osc"$'\xc2\x9d'"end"
	"bad-utf8:bad "$'\xff'" "$'\xfe'" "$'\xc3\x28'" "$'\x80'" raw-csi "$'\x9b'"31m end"
	"mixed:bad "$'\xff'" and esc ${E}[1m tab"$'\t'"end"
	"long:$("$PY" -c "print(('Grüße, 謝謝, ' * 1000)[:10000], end='')")"
	"rtl:شكرا على العشاء · תודה רבה · "$'\xe2\x80\xae'"evil"$'\xe2\x80\xac'" · "$'\xe2\x81\xa7'"iso"$'\xe2\x81\xa9'
	"wide:谢谢你做的晚饭 🍝❤️ 고마워 ありがとう 👩‍❤️‍👨"
)
TC="$T/text.conf"
run 0 --config "$TC" init --partner Alex --partner Sam --start 2026-11-09 || exit 1
for t in "${texts[@]}"; do
	name=${t%%:*} text=${t#*:}
	db="$T/text/$name.db"
	mkdir -p "$T/text"
	printf '%s' "$text" >"$T/text/$name.txt"
	want=$(py hex "$T/text/$name.txt")
	tend=(--config "$TC" --db "$db" --date 2026-11-23)
	run 0 "${tend[@]}" gesture 1 "$text" && is_clean "$name: gesture" "$T/out"
	run 0 "${tend[@]}" checkin 1 --mood 3 --stress 3 --gratitude "$text" &&
		is_clean "$name: checkin" "$T/out"
	[ "$(sqlite3 "$db" "SELECT hex(text) FROM gesture")" = "$want" ] ||
		fail "$name: the gesture's text is not stored as typed"
	[ "$(sqlite3 "$db" "SELECT hex(text) FROM checkin")" = "$want" ] ||
		fail "$name: the check-in's gratitude is not stored as typed"
	if run 0 "${tend[@]}" today; then
		is_clean "$name: today" "$T/out"
		why=$(py absent "$T/out" 202E) || fail "$name: today: $why"
		grep -q "grateful for" "$T/out" || fail "$name: today does not show the gratitude"
	fi
	if run 0 "${tend[@]}" week; then
		is_clean "$name: week" "$T/out"
		why=$(py width "$T/out" 80) || fail "$name: week: $why"
	fi
	if run 0 "${tend[@]}" export --format json; then
		cp "$T/out" "$T/text/$name.json"
		why=$(py json "$T/text/$name.json" "$T/text/$name.txt" gesture text) ||
			fail "$name: JSON export: $why"
		why=$(py json "$T/text/$name.json" "$T/text/$name.txt" checkin gratitude) ||
			fail "$name: JSON export: $why"
	fi
	if run 0 "${tend[@]}" export --format csv; then
		why=$(py nobyte "$T/out" 1b) || fail "$name: CSV export: $why"
	fi
done

# --- names that are wide or right-to-left, in today and week
NC="$T/names.conf"
# A direction override in a name is refused (it would turn the line around).
run 2 --config "$NC" init --partner "李明李明李明李明李明" \
	--partner $'\xe2\x80\xae'"שרה🍝🍝🍝🍝🍝" --start 2026-11-09
run 0 --config "$NC" init --partner "李明李明李明李明李明" \
	--partner "שרה🍝🍝🍝🍝🍝" --start 2026-11-09 || exit 1
tend=(--config "$NC" --db "$T/names.db" --date 2026-11-23)
run 0 "${tend[@]}" checkin 2 --mood 2 --stress 4 --gratitude "👍" && is_clean "names: checkin" "$T/out"
run 0 "${tend[@]}" touch --stage 1 --giver 1 --light yellow && is_clean "names: touch" "$T/out"
for cmd in today week; do
	if run 0 "${tend[@]}" "$cmd"; then
		is_clean "names: $cmd" "$T/out"
		why=$(py absent "$T/out" 202E) || fail "names: $cmd: $why"
	fi
done
why=$(py width "$T/out" 80) || fail "names: week: $why"

echo "$checks tend runs, $fails failure(s)"
[ "$fails" = 0 ]
