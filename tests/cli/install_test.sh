#!/usr/bin/env bash
# An installed tend. The build is installed into a staging folder
# (DESTDIR): every file meson installs must land there, the data files and
# completion where they belong for the build's prefix. The staged tend
# reads its plan from the staged prefix, never from the source tree (not
# even when the staged plan is missing: then it says so); moved to a
# prefix in the home folder it reads the plan and loads its PDF module
# there. Only a PDF loads the module: no other command maps cairo or pango.
# usage: install_test.sh BUILD_DIR SOURCE_ROOT
BUILD=${1:?usage: install_test.sh BUILD_DIR SOURCE_ROOT}
SRC=${2:?usage: install_test.sh BUILD_DIR SOURCE_ROOT}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

meson install -C "$BUILD" --no-rebuild --quiet --destdir "$T/stage" >"$T/log" 2>&1 ||
	{ echo "FAIL: meson install: $(tail -5 "$T/log")"; exit 1; }
# Everything meson says it installs is in the staged tree, under the prefix.
prefix=$(meson introspect "$BUILD" --buildoptions |
	python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"][0])')
meson introspect "$BUILD" --installed |
	python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin).values()))' >"$T/installed"
[ -s "$T/installed" ] || fail "meson introspect listed nothing installed"
while read -r f; do
	[ -e "$T/stage$f" ] || fail "$f was not installed into DESTDIR"
	case $f in "$prefix"/*) ;; *) fail "$f is outside the prefix $prefix" ;; esac
done <"$T/installed"
staged=$T/stage$prefix
tend=$staged/bin/tend
[ -x "$tend" ] || { echo "FAIL: no tend in the staged tree"; exit 1; }
# Every data file of the source tree is installed beside the plan.
for f in "$SRC"/data/*; do
	[ -f "$f" ] || continue
	[ -f "$staged/share/tend/${f##*/}" ] || fail "data/${f##*/} is not installed in share/tend"
done
for page in man1/tend.1 man5/tend.conf.5 man5/tend-plan.5; do
	[ -f "$staged/share/man/$page" ] || fail "no $page installed"
done
# Completion where bash-completion and zsh look under a prefix other
# than /usr (install_dirs_test.sh checks /usr and a home prefix).
if [ "$prefix" != /usr ]; then
	[ -f "$staged/share/bash-completion/completions/tend" ] || fail "no bash completion installed"
	[ -f "$staged/share/zsh/site-functions/_tend" ] || fail "no zsh completion installed"
	# shellcheck disable=SC2016
	out=$(bash -c 'source "$1" && complete -p tend' sh "$staged/share/bash-completion/completions/tend" 2>&1)
	case $out in "complete "*" tend") ;; *) fail "the installed bash completion: $out" ;; esac
fi

C="$T/tend.conf"
"$tend" --config "$C" init --partner Alex --partner Sam --start 2026-11-02 >/dev/null ||
	fail "init with the installed tend"
run() { "$@" --config "$C" --db "$T/tend.db"; }

# plan_title TEND: the installed TEND prints the plan of its own prefix.
plan_title() {
	run "$1" plan --date 2026-11-20 >"$T/plan.txt" 2>"$T/err" ||
		fail "$1 plan: $(cat "$T/err")"
	grep -q "$2" "$T/plan.txt" || fail "$1 plan does not show \"$2\" from its own plan.conf"
}
# The staged plan, changed, is the one read (the source tree's is not).
plan_title "$tend" "Ground rules"
sed -i 's/title = "Ground rules"/title = "Staged rules"/' "$staged/share/tend/plan.conf"
plan_title "$tend" "Staged rules"

# The whole staged prefix moved into the home folder still works there.
home=$HOME/.local
mv "$staged" "$home"
plan_title "$home/bin/tend" "Staged rules"
# There, bash-completion finds the completion itself (its folder for the
# user's own completions is ~/.local/share/bash-completion/completions),
# and zsh does with the README's line.
# shellcheck disable=SC2016
out=$(env -u XDG_DATA_HOME -u BASH_COMPLETION_USER_DIR bash -c 'source /usr/share/bash-completion/bash_completion &&
	__load_completion tend && complete -p tend' 2>&1)
case $out in "complete "*" tend") ;; *) fail "bash-completion did not find tend's in ~/.local: $out" ;; esac
line=$(grep -o 'fpath+=(~/.local/share/zsh/site-functions)' "$SRC/README.md")
[ -n "$line" ] || fail "the README has no zsh line for a home prefix"
# shellcheck disable=SC2016
out=$(zsh -fc "$line"'; autoload -U compinit; compinit -u -D; print -r -- ${_comps[tend]}' 2>&1)
[ "$out" = _tend ] || fail "zsh with the README's line does not complete tend: $out"
# A link to it from elsewhere (~/bin) leads to the same prefix.
mkdir -p "$HOME/bin"
ln -s "$home/bin/tend" "$HOME/bin/tend"
plan_title "$HOME/bin/tend" "Staged rules"

# pdf WHERE: the installed tend at WHERE makes a PDF.
pdf() {
	rm -f "$T/plan.pdf"
	run "$1" plan --format pdf -o "$T/plan.pdf" 2>"$T/err" ||
		fail "$1 plan --format pdf: $(cat "$T/err")"
	[ "$(head -c 5 "$T/plan.pdf" 2>/dev/null)" = "%PDF-" ] || fail "$1 made no PDF"
}
module=$(find "$home" -name tend-pdf.so)
if [ -n "$module" ]; then
	pdf "$home/bin/tend"
	# Without a PDF, nothing of cairo or pango is loaded.
	maps=$(LD_DEBUG=libs "$home/bin/tend" --config "$C" --db "$T/tend.db" week \
		--date 2026-11-20 2>&1 >/dev/null | grep -c -E 'cairo|pango' || true)
	[ "$maps" = 0 ] || fail "tend week loaded cairo or pango ($maps mentions)"
	LD_DEBUG=libs "$home/bin/tend" --config "$C" --db "$T/tend.db" plan --format pdf \
		-o "$T/plan.pdf" 2>&1 >/dev/null | grep -q pangocairo ||
		fail "a PDF did not load pangocairo (is LD_DEBUG working?)"
	# A module that is not there: a clear message, no file left behind,
	# and the build tree's module is not taken instead.
	rm -f "$module" "$T/plan.pdf"
	run "$home/bin/tend" plan --format pdf -o "$T/plan.pdf" 2>"$T/err" &&
		fail "a PDF without its module succeeded"
	grep -q "PDF module could not be loaded ($module is not there)" "$T/err" ||
		fail "no clear message: $(cat "$T/err")"
	[ ! -e "$T/plan.pdf" ] || fail "a file was left behind without the module"
fi

# Only the wish list loads the sealing module (libsodium): not tend week.
seal=$(find "$home" -name tend-seal.so)
[ -n "$seal" ] || fail "the sealing module was not installed"
maps=$(LD_DEBUG=libs "$home/bin/tend" --config "$C" --db "$T/tend.db" week \
	--date 2026-11-20 2>&1 >/dev/null | grep -c -E 'sodium' || true)
[ "$maps" = 0 ] || fail "tend week loaded libsodium ($maps mentions)"
echo x | LD_DEBUG=libs "$home/bin/tend" --config "$C" --db "$T/tend.db" wishes \
	--change-passphrase Alex --passphrase-fd 0 2>&1 >/dev/null | grep -q 'libsodium' ||
	fail "the wish list did not load libsodium from the installed prefix"
# Without it: a clear message, and the build tree's is not taken instead.
rm -f "$seal"
printf 'x\ny\n' | run "$home/bin/tend" wishes --change-passphrase Alex --passphrase-fd 0 \
	2>"$T/err" && fail "no sealing module: exit 0"
grep -q "sealing module could not be loaded" "$T/err" || fail "no module: $(cat "$T/err")"

# Its plan gone, the installed tend says where it looked, and does not
# fall back on the source tree's plan.
rm "$home/share/tend/plan.conf"
run "$home/bin/tend" week --date 2026-11-20 >"$T/out" 2>"$T/err" &&
	fail "tend week ran without its installed plan"
grep -q "cannot read $home/share/tend/plan.conf" "$T/err" ||
	fail "no clear message for a missing plan: $(cat "$T/err")"
[ "$(wc -l <"$T/err")" = 1 ] || fail "more than one line for a missing plan: $(cat "$T/err")"
[ ! -s "$T/out" ] || fail "tend week printed something without its plan"
# A plan named in the config needs no installed one.
echo "plan-file = \"$SRC/data/plan.conf\"" >>"$C"
run "$home/bin/tend" week --date 2026-11-20 >/dev/null 2>"$T/err" ||
	fail "tend week with plan-file set: $(cat "$T/err")"
finish "install tests"
