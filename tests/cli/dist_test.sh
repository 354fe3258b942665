#!/usr/bin/env bash
# `meson dist` makes a tarball that builds and passes its tests: the
# tarball holds exactly what git tracks at HEAD (files that are not
# committed are not in it), it is configured and built as a user would,
# and its unit, man-page and quick command-line tests pass. (The whole
# suite of the tarball is the same suite as this one; the quick part shows
# that nothing the tests need was left out.)
# usage: dist_test.sh SOURCE_ROOT
SRC=${1:?usage: dist_test.sh SOURCE_ROOT}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

# A tarball (or an export) has no history to make a dist from.
if ! git -C "$SRC" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	echo "SKIP: $SRC is not a git checkout"
	exit 77
fi

meson setup "$T/cfg" "$SRC" >"$T/log" 2>&1 ||
	{ echo "FAIL: meson setup: $(tail -5 "$T/log")"; exit 1; }
# --allow-dirty: a developer's uncommitted changes are left out (meson
# warns), as they would be from a release.
meson dist -C "$T/cfg" --no-tests --allow-dirty --formats xztar >"$T/log" 2>&1 ||
	{ echo "FAIL: meson dist: $(tail -5 "$T/log")"; exit 1; }
tarball=$(find "$T/cfg/meson-dist" -name '*.tar.xz')
[ -f "$tarball" ] || { echo "FAIL: meson dist made no tarball"; exit 1; }
version=$(meson introspect "$T/cfg" --projectinfo |
	python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')
[ "${tarball##*/}" = "tend-$version.tar.xz" ] || fail "the tarball is ${tarball##*/}"

# Exactly the committed files, in one folder named after the release.
tar tf "$tarball" | grep -v '/$' | sort >"$T/in-tar"
git -C "$SRC" ls-tree -r --name-only HEAD | sed "s|^|tend-$version/|" | sort >"$T/in-git"
diff "$T/in-git" "$T/in-tar" >"$T/diff" ||
	fail "the tarball and git's HEAD differ: $(head -5 "$T/diff")"

mkdir "$T/x"
tar xf "$tarball" -C "$T/x"
src=$T/x/tend-$version
meson setup "$T/tb" "$src" >"$T/log" 2>&1 ||
	{ echo "FAIL: meson setup of the tarball: $(tail -5 "$T/log")"; exit 1; }
ninja -C "$T/tb" >"$T/log" 2>&1 ||
	{ echo "FAIL: the tarball does not build: $(grep -m5 -E 'error|FAILED' "$T/log")"; exit 1; }
# check ARGS: the tarball's tests pass (its failures shown here).
check() {
	meson test -C "$T/tb" --no-rebuild --print-errorlogs "$@" >"$T/log" 2>&1 ||
		fail "the tarball's tests ($*): $(grep -E '^ *[0-9]+/[0-9]+ .*(FAIL|ERROR|TIMEOUT)' "$T/log")"
	grep -qE '^Ok: +[1-9]' "$T/log" || fail "the tarball ran none of its tests ($*)"
}
check --suite unit --suite man
check cli plan-text
finish "dist tests"
