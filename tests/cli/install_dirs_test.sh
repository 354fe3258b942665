#!/usr/bin/env bash
# Where meson installs tend's files for the usual prefixes, read from a
# configured (not built) tree: completion where bash-completion and zsh
# look for that prefix, the plan under the prefix's share/tend.
# usage: install_dirs_test.sh SOURCE_ROOT
SRC=${1:?usage: install_dirs_test.sh SOURCE_ROOT}
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

# installed PREFIX: the files meson would install with that prefix.
installed() {
	local b
	b="$T/b$(echo "$1" | tr / _)"
	meson setup "$b" "$SRC" --prefix "$1" >"$T/log" 2>&1 ||
		{ fail "meson setup --prefix $1: $(tail -3 "$T/log")"; return; }
	meson introspect "$b" --installed |
		python3 -c 'import json,sys; print("\n".join(json.load(sys.stdin).values()))'
}
# has LIST PATH WHAT: LIST (of installed files) holds PATH.
has() { grep -qxF "$2" <<<"$1" || fail "$3: not $2 (installed: $(grep -E 'tend$|_tend$|plan' <<<"$1" | tr '\n' ' '))"; }

zsh_fpath=$(zsh -fc 'print -l $fpath' 2>/dev/null)
# For /usr: the folder bash-completion's pkg-config names, zsh's vendor
# folder, which zsh searches without any setup.
usr=$(installed /usr)
bash_usr=$(pkg-config --variable=completionsdir bash-completion)
[ -n "$bash_usr" ] || fail "pkg-config does not know bash-completion's completionsdir"
has "$usr" "$bash_usr/tend" "bash completion for /usr"
has "$usr" /usr/share/zsh/vendor-completions/_tend "zsh completion for /usr"
grep -qxF /usr/share/zsh/vendor-completions <<<"$zsh_fpath" ||
	fail "zsh does not search /usr/share/zsh/vendor-completions"
has "$usr" /usr/share/tend/plan.conf "the plan for /usr"
has "$usr" /usr/bin/tend "the program for /usr"

# /usr/local (the default prefix, which install_test.sh installs):
# bash-completion searches share/ of XDG_DATA_DIRS, by default
# /usr/local/share and /usr/share; zsh searches its site-functions.
grep -q '/usr/local/share:/usr/share' /usr/share/bash-completion/bash_completion ||
	fail "bash-completion does not search /usr/local/share by default"
grep -qxF /usr/local/share/zsh/site-functions <<<"$zsh_fpath" ||
	fail "zsh does not search /usr/local/share/zsh/site-functions"

# A prefix in the home folder: its own share folder (install_test.sh
# shows that bash-completion finds it there, and zsh with the README's line).
home=$(installed "$HOME/.local")
has "$home" "$HOME/.local/share/bash-completion/completions/tend" "bash completion for ~/.local"
has "$home" "$HOME/.local/share/zsh/site-functions/_tend" "zsh completion for ~/.local"
has "$home" "$HOME/.local/share/tend/plan.conf" "the plan for ~/.local"
grep -qF 'fpath+=(~/.local/share/zsh/site-functions)' "$SRC/README.md" ||
	fail "the README does not say how to turn on zsh completion for ~/.local"
finish "install dirs tests"
