# Prints, one a line, the words zsh's completion offers for a command line:
#   zsh capture.zsh SCRIPT 'command line'
# It runs an interactive zsh on a pseudo-terminal (zpty), loads compinit and SCRIPT, types the line and a Tab, and
# reports what the completion functions added (compadd is wrapped to print each match between <<< and >>>).
zmodload zsh/zpty || exit 2
zpty z zsh -f -i
zpty -w z "PROMPT='' RPROMPT=''"
zpty -w z "autoload -U compinit && compinit -u"
zpty -w z "bindkey '^I' complete-word"
zpty -w z "compadd () { local -a __hits; builtin compadd -A __hits \"\$@\"; local h; for h in \$__hits; do print -r -- \"<<<\$h>>>\"; done; builtin compadd \"\$@\" }"
zpty -w z "source ${(q)1}"
zpty -w z "print -r -- '<<<''READY>>>'"
local out all=''
local deadline=$(( SECONDS + 20 ))
# Wait until the setup has run (its marker printed), however long compinit takes.
while (( SECONDS < deadline )) && [[ $all != *'<<<READY>>>'* ]]; do
  if zpty -r -t z out; then all+=$out; else sleep 0.05; fi
done
zpty -w -n z "$2"$'\t'
local -a found
local quiet=0
deadline=$(( SECONDS + 10 ))
# Read what the completion prints until it has been quiet for a second (or the deadline).
while (( SECONDS < deadline && quiet < 20 )); do
  if zpty -r -t z out; then
    found+=( ${(f)out} )
    quiet=0
  else
    sleep 0.05
    (( quiet++ ))
  fi
done
zpty -d z
local line
for line in $found; do
  while [[ $line == *'<<<'*'>>>'* ]]; do
    local rest=${line#*<<<}
    print -r -- ${rest%%>>>*}
    line=${rest#*>>>}
  done
done | sort -u
