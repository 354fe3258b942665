#!/usr/bin/env bash
# The documentation agrees with the command table: every command `tend
# --help` lists (main.c's table) is in the README's command list (the
# examples under "From the command line"), has its entry in tend(1)'s
# COMMANDS and a line in its EXAMPLES, and neither lists a command the
# table lacks. Each man page's SEE ALSO names the other two.
#
# usage: docs_test.sh TEND SOURCE_ROOT
set -u
TEND=${1:?usage: docs_test.sh TEND SOURCE_ROOT}
ROOT=${2:?usage: docs_test.sh TEND SOURCE_ROOT}
. "$(dirname "$0")/lib.sh"
README="$ROOT/README.md"
MAN="$ROOT/man"

# The table, in its order.
table=$("$TEND" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 { print $1 }')
[ "$(wc -l <<<"$table")" -ge 20 ] || fail "tend --help lists only: $table"

# The README's list: the first word after "tend" on each line of the code
# blocks in its "From the command line" section.
readme=$(awk '/^## /{ in_s = ($0 == "## From the command line") } \
	in_s && /^```/ { code = !code; next } in_s && code' "$README" |
	sed -nE 's/^tend ([a-z][a-z-]*).*/\1/p' | sort -u)
[ -n "$readme" ] || fail "no command list found in the README"

# tend(1): a section's lines, from ".SH NAME" to the next ".SH".
section() {
	awk -v want=".SH $2" '/^\.SH /{ in_s = ($0 == want); next } in_s' "$MAN/$1"
}
# COMMANDS: the first word on the tag line of each entry (the line after
# .TP or .TQ: ".B week", ".BR "task add" ...", ".B ritual \fR[\fPlist...").
entries=$(section tend.1 COMMANDS | awk 'tag && /^\.B[IR]? / { print $2 } { tag = /^\.T[PQ]/ }' |
	sed -E 's/^"//; s/\\f.*//; s/"$//' | sort -u)
[ -n "$entries" ] || fail "no command entries found in tend(1)"
# EXAMPLES: the command on each "tend COMMAND" line of its .EX blocks.
examples=$(section tend.1 EXAMPLES | awk '/^\.EX/ { ex = 1; next } /^\.EE/ { ex = 0 } ex' |
	sed -nE 's/^tend ([a-z][a-z-]*).*/\1/p' | sort -u)
[ -n "$examples" ] || fail "no EXAMPLES found in tend(1)"

for c in $table; do
	grep -qx -- "$c" <<<"$readme" || fail "$c is not in the README's command list"
	grep -qx -- "$c" <<<"$entries" || fail "$c has no entry in tend(1)'s COMMANDS"
	grep -qx -- "$c" <<<"$examples" || fail "$c has no line in tend(1)'s EXAMPLES"
done
for c in $readme; do
	grep -qx -- "$c" <<<"$table" || fail "the README lists \"tend $c\", which is no command"
done
for c in $entries; do
	grep -qx -- "$c" <<<"$table" || fail "tend(1) describes \"$c\", which is no command"
done
for c in $examples; do
	grep -qx -- "$c" <<<"$table" || fail "tend(1)'s EXAMPLES run \"tend $c\", which is no command"
done

# SEE ALSO: each page names the other two.
for page in tend.1 tend.conf.5 tend-plan.5; do
	seen=$(section "$page" "SEE ALSO" | sed -nE 's/^\.BR ([a-z.\\-]+) \(([0-9])\).*/\1(\2)/p' | sed 's/\\-/-/g')
	for other in "tend(1)" "tend.conf(5)" "tend-plan(5)"; do
		[ "$other" = "${page%.*}(${page##*.})" ] && continue
		grep -qxF -- "$other" <<<"$seen" || fail "$page: SEE ALSO does not name $other"
	done
done
finish "documentation tests"
