#!/usr/bin/env bash
# Shell completion: the bash script, sourced, completes tend's commands,
# options, option values, the partners' names from the config, and files
# where a file is expected; tend itself answers from its command table.
# usage: complete_test.sh TEND COMPLETION_DIR
TEND=${1:?usage: complete_test.sh TEND COMPLETION_DIR}
DIR=${2:?usage: complete_test.sh TEND COMPLETION_DIR}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
mkdir -p "$T/bin"
ln -s "$(cd "$(dirname "$TEND")" && pwd)/$(basename "$TEND")" "$T/bin/tend"
PATH="$T/bin:$PATH"

tend --config "$C" init --partner Alex --partner "Zoë" --start 2026-11-02 >/dev/null ||
	fail "init"

# shellcheck source=/dev/null
source "$DIR/tend.bash"
spec=$(complete -p tend 2>&1)
[[ "$spec" == *"-F _tend"* ]] || fail "complete -p tend: $spec"

# offers "WORDS..." EXPECTED...: completing the last word offers exactly these.
offers() {
	local -a words
	read -r -a words <<<"$1"
	shift
	COMP_WORDS=(tend "${words[@]}")
	[ "${1-}" = "--partial" ] && shift
	case "$1" in
	"<empty>") COMP_WORDS+=(""); shift ;;
	esac
	COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
	COMPREPLY=()
	_tend
	local got="${COMPREPLY[*]-}" want="$*"
	[ "$got" = "$want" ] || fail "tend ${COMP_WORDS[*]:1}<TAB>: offered \"$got\", wanted \"$want\""
}
offers "ex" export
offers "wee" week
offers "re" repair return review restore resume
offers "he" help
offers "help wee" week
offers "export --fo" --format
offers "export --format" "<empty>" csv json
offers "export --format j" json
offers "plan --paper" "<empty>" a4 letter
offers "gesture Alex --bid t" toward
offers "--config $C gesture" "<empty>" Alex Zoë
offers "--config $C touch --giver Z" Zoë
offers "--config $C week --da" --date
offers "export --table p" pauses
offers "ic" ical
offers "ical --" --output --plain --config --db --date --demo --help --version
# A command's own words, from the table it runs by; only as its first operand.
offers "talk" "<empty>" list add show edit reopen agree done
offers "talk a" add agree
offers "ritual re" resume remove
offers "task re" remove reviewed
offers "task" "<empty>" add owner edit remove reviewed
offers "review a" answer
offers "transparency" "<empty>" end
offers "talk add" "<empty>"
offers "--config $C talk add --by" "<empty>" Alex Zoë
offers "--config $C task add --owner A" Alex
offers "pause" "<empty>"

# A file where a file is expected.
touch "$T/notes.csv" "$T/other-file"
offers "export -o $T/not" "$T/notes.csv"
offers "restore $T/oth" "$T/other-file"
offers "--db $T/not" "$T/notes.csv"
offers "ical -o $T/not" "$T/notes.csv"

# Nothing is offered for a free text, and nothing breaks.
offers "gesture Alex" "<empty>"

# zsh's file at least parses, where zsh is installed.
if command -v zsh >/dev/null; then
	zsh -n "$DIR/_tend" || fail "_tend does not parse in zsh"
fi

finish "completion tests"
