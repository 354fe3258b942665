#!/usr/bin/env bash
# Installed, tend finds its PDF module from where it runs, in any prefix:
# the build is installed into a staging folder (DESTDIR), then moved
# elsewhere, and makes a PDF from both places. Only a PDF loads the module:
# no other command maps cairo or pango. The same for the wish list's
# sealing module (libsodium).
# usage: install_test.sh BUILD_DIR SOURCE_DATA_DIR
BUILD=${1:?usage: install_test.sh BUILD_DIR SOURCE_DATA_DIR}
DATA=${2:?usage: install_test.sh BUILD_DIR SOURCE_DATA_DIR}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

meson install -C "$BUILD" --no-rebuild --quiet --destdir "$T/stage" >"$T/log" 2>&1 ||
	{ echo "FAIL: meson install: $(tail -5 "$T/log")"; exit 1; }
tend=$(find "$T/stage" -path '*/bin/tend' -type f | head -1)
[ -x "$tend" ] || { echo "FAIL: no tend in the staged tree"; exit 1; }
[ -n "$(find "$T/stage" -name tend-pdf.so)" ] || fail "the PDF module was not installed"
[ -n "$(find "$T/stage" -name tend-seal.so)" ] || fail "the sealing module was not installed"
[ -n "$(find "$T/stage" -path '*/share/tend/wishes.conf')" ] || fail "no wishes.conf installed"
# Completion where bash-completion and zsh look for it.
[ -n "$(find "$T/stage" -path '*/bash-completion/completions/tend')" ] ||
	fail "no bash completion installed"
[ -n "$(find "$T/stage" -path '*/zsh/vendor-completions/_tend')" ] ||
	fail "no zsh completion installed"

C="$T/tend.conf"
"$tend" --config "$C" init --partner Alex --partner Sam --start 2026-11-02 >/dev/null ||
	fail "init with the installed tend"
echo "plan-file = \"$DATA/plan.conf\"" >>"$C"

# pdf WHERE: the installed tend at WHERE makes a PDF.
pdf() {
	rm -f "$T/plan.pdf"
	"$1" --config "$C" --db "$T/tend.db" plan --format pdf -o "$T/plan.pdf" 2>"$T/err" ||
		fail "$1 plan --format pdf: $(cat "$T/err")"
	[ "$(head -c 5 "$T/plan.pdf" 2>/dev/null)" = "%PDF-" ] || fail "$1 made no PDF"
}
pdf "$tend"
# The whole staged prefix moved somewhere else still works.
prefix=${tend%/bin/tend}
mv "$prefix" "$T/moved"
pdf "$T/moved/bin/tend"

# Without a PDF, nothing of cairo or pango is loaded.
maps=$(LD_DEBUG=libs "$T/moved/bin/tend" --config "$C" --db "$T/tend.db" week \
	--date 2026-11-20 2>&1 >/dev/null | grep -c -E 'cairo|pango' || true)
[ "$maps" = 0 ] || fail "tend week loaded cairo or pango ($maps mentions)"
LD_DEBUG=libs "$T/moved/bin/tend" --config "$C" --db "$T/tend.db" plan --format pdf \
	-o "$T/plan.pdf" 2>&1 >/dev/null | grep -q pangocairo ||
	fail "a PDF did not load pangocairo (is LD_DEBUG working?)"

# Only the wish list loads libsodium: not tend week, not the dashboard's
# other commands.
maps=$(LD_DEBUG=libs "$T/moved/bin/tend" --config "$C" --db "$T/tend.db" week \
	--date 2026-11-20 2>&1 >/dev/null | grep -c -E 'sodium' || true)
[ "$maps" = 0 ] || fail "tend week loaded libsodium ($maps mentions)"
echo x | LD_DEBUG=libs "$T/moved/bin/tend" --config "$C" --db "$T/tend.db" wishes \
	--change-passphrase Alex --passphrase-fd 0 2>&1 >/dev/null | grep -q 'libsodium' ||
	fail "the wish list did not load libsodium from the moved tree"

# A module that is not there: a clear message, no file left behind.
rm -f "$(find "$T/moved" -name tend-pdf.so)"
rm -f "$T/plan.pdf"
"$T/moved/bin/tend" --config "$C" --db "$T/tend.db" plan --format pdf -o "$T/plan.pdf" \
	2>"$T/err" && fail "a PDF without its module succeeded"
grep -q "PDF module could not be loaded" "$T/err" || fail "no clear message: $(cat "$T/err")"
[ ! -e "$T/plan.pdf" ] || fail "a file was left behind without the module"
rm -f "$(find "$T/moved" -name tend-seal.so)"
printf 'x\ny\n' | "$T/moved/bin/tend" --config "$C" --db "$T/tend.db" wishes \
	--change-passphrase Alex --passphrase-fd 0 2>"$T/err" && fail "no sealing module: exit 0"
grep -q "sealing module could not be loaded" "$T/err" || fail "no module: $(cat "$T/err")"
finish "install tests"
