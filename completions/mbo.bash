# bash completion for mbo. Installed as
# ${datadir}/bash-completion/completions/mbo (loaded on demand), or source
# it from ~/.bashrc. The candidates come from mbo itself:
# `mbo __complete CWORD WORD...` prints one a line (a TAB starts a
# description, which bash does not show; "@files" asks for file names),
# reading the database named on the line (--db, --as) or the default one
# for logins and goal ids.

_mbo() {
	local IFS=$'\n'
	local -a words=() lines=()
	local i w cword=0 cur split= line
	# Join what COMP_WORDBREAKS split at '=' back into "--opt=value", which
	# mbo reads as one word.
	for ((i = 1; i < ${#COMP_WORDS[@]}; i++)); do
		w=${COMP_WORDS[i]}
		if [[ $w == "=" && ${#words[@]} -gt 0 && ${words[-1]} == --* && ${words[-1]} != *=* ]]; then
			words[-1]+="="
			[[ $i -eq $COMP_CWORD ]] && split=1
		elif [[ ${#words[@]} -gt 0 && ${words[-1]} == --*= && ${COMP_WORDS[i - 1]} == "=" ]]; then
			words[-1]+=$w
			[[ $i -eq $COMP_CWORD ]] && split=1
		else
			words+=("$w")
		fi
		[[ $i -eq $COMP_CWORD ]] && cword=${#words[@]}
	done
	if [[ $cword -eq 0 ]]; then
		cword=$((${#words[@]} + 1))
	fi
	cur=${words[cword - 1]:-}
	mapfile -t lines < <("${COMP_WORDS[0]:-mbo}" __complete "$cword" "${words[@]}" 2>/dev/null)
	COMPREPLY=()
	if [[ ${#lines[@]} -eq 1 && ${lines[0]} == "@files" ]]; then
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		return 0
	fi
	for line in "${lines[@]}"; do
		line=${line%%$'\t'*}
		# After "--opt=", bash replaces only what follows the '='.
		[[ -n $split ]] && line=${line#*=}
		[[ -n $line ]] && COMPREPLY+=("$line")
	done
	return 0
}
complete -F _mbo mbo
