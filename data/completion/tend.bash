# bash completion for tend. tend itself says what may come next
# (`tend __complete WORD...`), from the same tables its option loop
# reads, so this file never needs to learn a new command or option.
_tend() {
	local cur=${COMP_WORDS[COMP_CWORD]} line
	local -a found=()
	while IFS= read -r line; do
		found+=("$line")
	done < <("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
	if [ "${found[0]-}" = "@file" ]; then
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
	else
		COMPREPLY=("${found[@]}")
	fi
}
complete -F _tend tend
