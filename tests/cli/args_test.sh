#!/usr/bin/env bash
# The command line's one option loop: every command reads its options the
# same way (options anywhere, "--", -x4 and --x=4, given twice refused), its
# help names only options it takes, and a text given as "-" comes from
# standard input, so that it never shows in the process list.
TEND=${1:?usage: args_test.sh TEND}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
export TZ=Europe/Berlin
# A text given as "-" comes only from what feed pipes in: every other
# command meets an empty input at once, never the runner's.
exec </dev/null
texts() { sqlite3 "$D" "SELECT text FROM $1 ORDER BY id"; }

run_args 0 --config "$C" init --partner Alex --partner Sam --start 2026-11-23
tend() { run "$1" --date 2026-11-25 "${@:2}"; }

# --- every option a command's help names is one it takes, and no other
commands=$("$TEND" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 { print $1 }')
[ "$(wc -w <<<"$commands")" -ge 14 ] || fail "tend --help lists: $commands"
for cmd in $commands; do
	run_args 0 "$cmd" --help
	has "$out" "usage: tend $cmd"
	# The usage lines and the option list, not the prose around them.
	listed=$(grep -E -- '^usage:|^ +\[--|^ +(-[a-zA-Z], )?--' <<<"$out" | grep -oE -- '--[a-z][a-z-]+' | sort -u)
	[ -n "$listed$(grep -x "usage: tend $cmd [A-Z]*" <<<"$out")" ] || fail "tend $cmd --help lists no option"
	where=(--config "$C" --db "$T/never.db")
	probe=(--config "$C" --db "$T/probe.db")
	[ "$cmd" = init ] && where=(--config "$T/never.conf") && probe=("${where[@]}")
	for opt in $listed; do
		case $opt in --date|--config|--db|--help|--demo) continue ;; esac
		# Alone, an option may make a whole command (stage --back): on a
		# database of its own.
		"$TEND" "${probe[@]}" "$cmd" "$opt" </dev/null >/dev/null 2>"$T/err"
		grep -q "unknown option" "$T/err" && fail "tend $cmd --help names $opt, which it refuses"
	done
	run_args 2 "${where[@]}" "$cmd" --no-such-option
	# A usage error says where the help is, on the same one line.
	[ "$err" = "tend $cmd: unknown option --no-such-option (see tend help $cmd)" ] ||
		fail "tend $cmd --no-such-option said: $err"
done
[ ! -e "$T/never.db" ] && [ ! -e "$T/never.conf" ] || fail "a refused option made a file"

# --- one loop, one set of rules: options before, between and after operands
tend 0 gesture --bid toward 1 "before"
tend 0 gesture 1 --bid=away "between"
tend 0 gesture 1 "after" -btoward
[ "$(sqlite3 "$D" "SELECT group_concat(text || ':' || bid, ',') FROM gesture")" = \
	"before:1,between:2,after:1" ] || fail "options around operands: $(sqlite3 "$D" "SELECT * FROM gesture")"
# After "--" everything is an operand, even what looks like an option.
tend 0 gesture 2 -- "--bid toward"
[ "$(texts gesture | tail -n 1)" = "--bid toward" ] || fail "-- did not end the options"
# Letters run together, a value stuck to its letter, a unique start of a name.
tend 0 repair 2 -a
tend 0 checkin 1 -m4 -s 2 --grat "tea"
has "$out" "mood 4, stress 2"
run 2 plan --p a4 --paper letter
has "$err" "--paper is given twice"
run 2 forget --all --all
has "$err" "--all is given twice"
run 2 checkin 1 -m 3 -s 2 -m 3
has "$err" "-m is given twice"
run 2 repair 1 --accepted=yes
has "$err" "--accepted=yes: this option takes no value"
run 2 touch --stage 1 --giver
has "$err" "--giver needs a value"
run 2 checkin 1 -m
has "$err" "-m needs a value"
run 2 plan -f pdf
has "$err" "unknown option -f"
run 2 week extra
has "$err" "takes no arguments"
run 2 plan extra
has "$err" 'unexpected argument "extra"'
run_args 2 --config "$C" init --partner A --partner B --partner C
has "$err" "give exactly two --partner names"

# --- a text given as "-" is read from standard input, never from the line
rm -f "$D"
feed $'hug at the door\n' 0 --config "$C" --db "$D" gesture 1 -
has "$out" "Saved a gesture from Alex"
feed $'I rolled my eyes.\nThat was unfair.\n' 0 --config "$C" --db "$D" repair sam - --accepted
feed 'slow and warm' 0 --config "$C" --db "$D" touch --stage 1 --giver 2 --note -
feed $'coffee in bed\n' 0 --config "$C" --db "$D" checkin 2 --mood 3 --stress 2 --gratitude=-
feed $'tea\r\n' 0 --config "$C" --db "$D" checkin 1 --mood 3 --stress 2 -g -
[ "$(texts gesture)" = "hug at the door" ] || fail "gesture from stdin: $(texts gesture)"
[ "$(texts repair)" = $'I rolled my eyes.\nThat was unfair.' ] || fail "repair from stdin: $(texts repair)"
[ "$(texts touch)" = "slow and warm" ] || fail "touch note from stdin: $(texts touch)"
[ "$(texts checkin)" = $'coffee in bed\ntea' ] || fail "gratitude from stdin: $(texts checkin)"
# Nothing on standard input is no text at all, never a "-".
feed '' 0 --config "$C" --db "$D" gesture 2 -
[ "$(sqlite3 "$D" "SELECT count(*) FROM gesture WHERE text IS NULL")" = 1 ] ||
	fail "an empty standard input saved: $(texts gesture)"
# While tend waits for the text, the process list shows only "-".
mkfifo "$T/fifo"
"$TEND" --config "$C" --db "$D" gesture 1 - <"$T/fifo" >"$T/out" 2>&1 &
pid=$!
exec 3>"$T/fifo"
sleep 0.3
tr '\0' ' ' <"/proc/$pid/cmdline" >"$T/cmdline"
printf 'a private thing\n' >&3
exec 3>&-
wait "$pid" || fail "gesture from a slow standard input failed: $(cat "$T/out")"
grep -q "private" "$T/cmdline" && fail "the text showed in the process list"
grep -q "gesture 1 -" "$T/cmdline" || fail "the process list: $(cat "$T/cmdline")"
[ "$(texts gesture | tail -n 1)" = "a private thing" ] || fail "slow stdin: $(texts gesture)"
# Too long, or a NUL byte inside: refused, nothing saved.
before=$(sqlite3 "$D" "SELECT count(*) FROM gesture")
head -c 50000 /dev/zero | tr '\0' a >"$T/long"
"$TEND" --config "$C" --db "$D" gesture 1 - <"$T/long" >/dev/null 2>"$T/err"
[ $? = 2 ] || fail "a text too long on stdin was not a usage error"
grep -q "longer than 10000 characters" "$T/err" || fail "too long: $(cat "$T/err")"
printf 'a\0b' | "$TEND" --config "$C" --db "$D" gesture 1 - >/dev/null 2>"$T/err"
[ $? = 2 ] || fail "a NUL byte on stdin was not a usage error"
[ "$(sqlite3 "$D" "SELECT count(*) FROM gesture")" = "$before" ] || fail "a refused text was saved"
# Only one text can come from standard input; a partner is never read there.
feed 'x' 2 --config "$C" --db "$D" gesture - -
has "$err" "neither partner"

# --- help for a command two ways; mistyped commands and options get a guess
run_args 0 help week
has "$out" "usage: tend week"
"$TEND" week --help >"$T/help2"
[ "$out" = "$(cat "$T/help2")" ] || fail "tend help week differs from tend week --help"
run_args 0 help
has "$out" "Commands:"
run_args 0 help help
has "$out" "Commands:"
run_args 2 help wek
has "$err" "no command \"wek\"; did you mean \"week\"?"
run_args 2 wek
has "$err" "tend: no command \"wek\"; did you mean \"week\"?"
run_args 2 expotr
has "$err" "did you mean \"export\"?"
run_args 2 frobnicate
has "$err" "no command \"frobnicate\" (see"
run_args 2 --bogus
has "$err" "tend: unknown option --bogus (see"
[[ "$err" == *"command"* ]] && fail "an unknown option was called a command: $err"
run_args 2 --dmeo
has "$err" "unknown option --dmeo; did you mean --demo?"
tend 2 week --dtae 2026-11-25
has "$err" "tend week: unknown option --dtae; did you mean --date?"
tend 2 export --formt csv
has "$err" "tend export: unknown option --formt; did you mean --format?"

# --- every command's help, two ways, is one text that starts with its usage
for c in $commands; do
	run_args 0 help "$c"
	"$TEND" "$c" --help >"$T/help2" 2>"$T/err2" || fail "tend $c --help failed: $(cat "$T/err2")"
	[ "$out" = "$(cat "$T/help2")" ] || fail "tend help $c differs from tend $c --help"
	[[ "$out" == "usage: tend $c"* ]] || fail "tend help $c does not start with its usage: $out"
done

# --- errors are named after the command they come from; the config's and
# the plan's keep their FILE:LINE after it; before a command is known, and
# on the dashboard, they are tend's own
tend 2 gesture nobody "x"
[ "$err" = "tend gesture: \"nobody\" is neither partner (use a name or 1/2) (see tend help gesture)" ] ||
	fail "a bad partner said: $err"
printf 'partner "A" {}\npartner "B" {}\nstart-date = "2026-11-23"\nbogus = 1\n' >"$T/bad.conf"
run_args 2 --config "$T/bad.conf" --db "$D" week
[[ "$err" == "tend week: $T/bad.conf:4: "*"unknown key"* ]] || fail "a config error in week said: $err"
printf 'partner "A" {}\npartner "B" {}\nstart-date = "2026-11-23"\nplan-file = "%s"\n' "$T/bad.plan" >"$T/plan.conf"
printf 'phase "a" {\n\tfirst = 1\n\tbogus = 2\n}\n' >"$T/bad.plan"
run_args 2 --config "$T/plan.conf" --db "$D" today
[[ "$err" == "tend today: $T/bad.plan:"[0-9]*": "* ]] || fail "a plan error in today said: $err"
[ "$(wc -l <"$T/err")" = 1 ] || fail "a plan error took more than one line: $err"
tend 1 restore "$T/missing.db"
[[ "$err" == "tend restore: $T/missing.db: "* ]] || fail "a missing backup said: $err"
run_args 2 --date 2026-02-30 week
[[ "$err" == "tend: --date: "* ]] || fail "a bad --date said: $err"
run 2 </dev/null
[[ "$err" == "tend: the dashboard needs a terminal"* ]] || fail "the dashboard without a terminal said: $err"
run_args 2 help week month
[[ "$err" == "tend: help takes one command"* ]] || fail "help with two commands said: $err"

finish "all option-loop tests"
