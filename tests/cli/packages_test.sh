#!/usr/bin/env bash
# The README's package list (its quick start) and .ci/run's name the same
# Debian packages, and every program or file the tests use from outside
# Debian's essential set comes from a package on that list. The table
# below says what the tests use and from which package; each row must still
# be used by some test, and where dpkg knows the file, it must agree.
# usage: packages_test.sh SOURCE_ROOT
SRC=${1:?usage: packages_test.sh SOURCE_ROOT}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

# package, the command or file the tests use from it, a word to find the
# tests using it by.
uses='
mandoc        mandoc                                    mandoc
groff         groff                                     groff
tmux          tmux                                      tmux
sqlite3       sqlite3                                   sqlite3
strace        strace                                    strace
valgrind      valgrind                                  valgrind
faketime      faketime                                  faketime
poppler-utils pdftotext                                 pdftotext
poppler-utils pdfinfo                                   pdfinfo
zsh           zsh                                       zsh
bash-completion /usr/share/bash-completion/bash_completion bash_completion
bsdextrautils col                                       col
python3       python3                                   python3
time          /usr/bin/time                             /usr/bin/time
pkg-config    pkg-config                                pkg-config
meson         meson                                     meson
ninja-build   ninja                                     ninja
git           git                                       git
xz-utils      xz                                        tar.xz
tzdata        /usr/share/zoneinfo/Europe/Berlin         Europe/Berlin
'

# The README's list: the words after `apt-get install -y` up to `&&`.
readme=$(grep -m1 -o 'apt-get install -y [^&]*' "$SRC/README.md" |
	sed 's/apt-get install -y //' | tr -s ' ' '\n' | grep -v '^$' | sort)
# .ci/run's: the first `apt-get install` and its continued lines (the
# packages CI alone needs, for the fuzz build, are installed after it).
ci=$(awk '/apt-get install/ { on = 1 } on { print; if ($0 !~ /\\$/) exit }' "$SRC/.ci/run" |
	tr -s ' \\' '\n' | grep -vE '^(|apt-get|install|-y|--no-install-recommends)$' | sort)
[ -n "$readme" ] || fail "no apt-get install line in the README"
[ -n "$ci" ] || fail "no apt-get install line in .ci/run"
[ "$readme" = "$ci" ] ||
	fail "the README and .ci/run install different packages: $(diff <(echo "$readme") <(echo "$ci") | grep '^[<>]' | tr '\n' ' ')"

# Which package each file of the table is from, asked of dpkg once (it
# reads its whole database on every call): "package: path" lines, for every
# /usr-merged spelling of each path.
paths() {
	local pkg what word f
	while read -r pkg what word; do
		[ -n "$pkg" ] || continue
		case $what in /*) f=$what ;; *) f=/usr/bin/$what ;; esac
		printf '%s\n' "$f" "${f#/usr}" "${f/\/bin\//\/sbin\/}"
	done <<<"$uses" | sort -u
}
owners=
if command -v dpkg-query >/dev/null; then
	# shellcheck disable=SC2046
	owners=$(dpkg-query -S $(paths) 2>/dev/null)
fi
# owner FILE: the package dpkg says FILE is from, empty when it does not know.
owner() {
	local f=$1
	case $f in /*) ;; *) f=/usr/bin/$1 ;; esac
	awk -v a="$f" -v b="${f#/usr}" -v c="${f/\/bin\//\/sbin\/}" \
		'{ p = $0; sub(/^[^:]*: /, "", p) } p == a || p == b || p == c { sub(/[:,].*/, ""); print; exit }' \
		<<<"$owners"
}
# provides LISTED OWNER: LISTED is OWNER, or installs it as a dependency.
provides() {
	[ "$1" = "$2" ] && return 0
	dpkg-query -W -f '${Depends}, ${Pre-Depends}\n' "$1" 2>/dev/null | tr ',|' '\n' |
		sed 's/^ *//; s/[ :].*//' | grep -qxF "$2"
}

while read -r pkg what word; do
	[ -n "$pkg" ] || continue
	grep -qxF "$pkg" <<<"$readme" || fail "the tests use $what, from $pkg, which the README does not list"
	grep -rqF --exclude=packages_test.sh -- "$word" "$SRC/tests" ||
		fail "no test uses $what ($word) any more: drop it from this table"
	[ -n "$owners" ] || continue
	from=$(owner "$what")
	[ -z "$from" ] || provides "$pkg" "$from" ||
		fail "$what is from $from here, not from $pkg"
done <<<"$uses"

# Every program a test looks for by name is in the table, or is one
# Debian always has.
found=$(grep -rhoE --exclude=packages_test.sh "command -v [a-z0-9_.-]+|find_program\('[a-z0-9_.-]+'|which\(\"[a-z0-9_.-]+\"" \
	"$SRC/tests" "$SRC/meson.build" | sed -E "s/.*[ '\"(]([a-z0-9_.-]+)['\"]?$/\1/" | sort -u)
for prog in $found; do
	case $prog in bash | sh | script) continue ;; esac
	awk -v p="$prog" '$2 == p { ok = 1 } END { exit !ok }' <<<"$uses" ||
		fail "a test looks for $prog, which is not in the table of what the tests use"
done
finish "package list tests"
