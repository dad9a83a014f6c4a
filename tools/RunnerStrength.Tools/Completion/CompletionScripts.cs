using System.Text;

namespace RunnerStrength.Tools.Completion;

/// <summary>
/// Shell completion scripts for the tool's commands, options and their values, written from a <see cref="CompletionModel"/>
/// (the command tree): completing needs no run of the tool, and a new option is in the next script the tool prints.
/// </summary>
internal static class CompletionScripts
{
    /// <summary>The shells a script is written for, as <c>completion SHELL</c> names them.</summary>
    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "fish", "pwsh"];

    public static string For(string shell, CommandCompletion root) => shell switch
    {
        "bash" => Bash(root),
        "zsh" => Zsh(root),
        "fish" => Fish(root),
        "pwsh" => PowerShell(root),
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "no completion script for this shell"),
    };

    /// <summary>Every command with its path: the root as "" and each subcommand by its name.</summary>
    private static IEnumerable<(string Path, CommandCompletion Command)> Commands(CommandCompletion root) =>
        root.Subcommands.Select(c => (c.Name, c)).Prepend((string.Empty, root));

    private static IEnumerable<string> Names(CommandCompletion command) => command.Options.SelectMany(o => o.Names);

    // ---- bash ------------------------------------------------------------------------------------------------

    public static string Bash(CommandCompletion root)
    {
        var function = "_" + Identifier(root.Name);
        var text = new StringBuilder();
        Line(text, $"# bash completion for {root.Name}, written by '{root.Name} completion bash' from the tool's commands.");
        Line(text, $"# For this shell:   source <({root.Name} completion bash)");
        Line(text, $"# For every shell:  {root.Name} completion bash > ~/.local/share/bash-completion/completions/{root.Name}");
        Line(text, string.Empty);
        Line(text, $"{function}_reply() {{");
        Line(text, "    COMPREPLY=()");
        Line(text, "    local line");
        Line(text, "    while IFS= read -r line; do");
        Line(text, "        COMPREPLY+=(\"$line\")");
        Line(text, "    done");
        Line(text, "}");
        Line(text, string.Empty);
        Line(text, $"{function}() {{");
        Line(text, "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"\" path=\"\" word i skip=0 words");
        Line(text, "    if (( COMP_CWORD > 0 )); then prev=\"${COMP_WORDS[COMP_CWORD-1]}\"; fi");
        Line(text, "    # bash splits --option=value at '=': complete the value of the option before it.");
        Line(text, "    if [[ \"$cur\" == \"=\" ]]; then");
        Line(text, "        cur=\"\"");
        Line(text, "    elif [[ \"$prev\" == \"=\" ]] && (( COMP_CWORD > 1 )); then");
        Line(text, "        prev=\"${COMP_WORDS[COMP_CWORD-2]}\"");
        Line(text, "    fi");
        Line(text, string.Empty);
        Line(text, "    # The command typed so far, stepping over the values of options.");
        Line(text, "    for (( i = 1; i < COMP_CWORD; i++ )); do");
        Line(text, "        word=\"${COMP_WORDS[i]}\"");
        Line(text, "        if (( skip )); then skip=0; continue; fi");
        Line(text, "        case \"$path|$word\" in");
        Line(text, $"            {Patterns(root.Subcommands.Select(c => "|" + c.Name))}) path=\"$word\" ;;");
        var valued = Commands(root).SelectMany(c => c.Command.Options.Where(o => o.Value.Kind != ValueKind.None).SelectMany(o => o.Names).Select(n => $"{c.Path}|{n}")).ToList();
        if (valued.Count > 0)
        {
            Line(text, $"            {Patterns(valued)}) skip=1 ;;");
        }

        Line(text, "        esac");
        Line(text, "    done");
        Line(text, string.Empty);
        Line(text, "    # The value of an option.");
        Line(text, "    case \"$path|$prev\" in");
        foreach (var group in Commands(root)
            .SelectMany(c => c.Command.Options.Where(o => o.Value.Kind != ValueKind.None).Select(o => (Pattern: Patterns(o.Names.Select(n => $"{c.Path}|{n}")), o.Value))))
        {
            Line(text, $"        {group.Pattern}) {BashValue(function, group.Value)}; return 0 ;;");
        }

        Line(text, "    esac");
        Line(text, string.Empty);
        Line(text, "    if [[ \"$cur\" == -* ]]; then");
        Line(text, "        case \"$path\" in");
        foreach (var (path, command) in Commands(root))
        {
            Line(text, $"            {Quote(path)}) words={Quote(string.Join(' ', Names(command)))} ;;");
        }

        Line(text, "        esac");
        Line(text, $"        {function}_reply < <(compgen -W \"$words\" -- \"$cur\")");
        Line(text, "        return 0");
        Line(text, "    fi");
        Line(text, string.Empty);
        Line(text, "    # A command, or the arguments of one (else its options).");
        Line(text, "    case \"$path\" in");
        Line(text, $"        '') {function}_reply < <(compgen -W {Quote(string.Join(' ', root.Subcommands.Select(c => c.Name)))} -- \"$cur\") ;;");
        foreach (var command in root.Subcommands)
        {
            var action = command.Arguments.Kind is ValueKind.None or ValueKind.Text
                ? $"{function}_reply < <(compgen -W {Quote(string.Join(' ', Names(command)))} -- \"$cur\")"
                : BashValue(function, command.Arguments);
            Line(text, $"        {Quote(command.Name)}) {action} ;;");
        }

        Line(text, "    esac");
        Line(text, "    return 0");
        Line(text, "}");
        Line(text, string.Empty);
        Line(text, $"complete -F {function} {root.Name}");
        return text.ToString();
    }

    private static string BashValue(string function, CompletionValue value) => value.Kind switch
    {
        ValueKind.File or ValueKind.Path => $"compopt -o filenames 2>/dev/null; {function}_reply < <(compgen -f -- \"$cur\")",
        ValueKind.Folder => $"compopt -o filenames 2>/dev/null; {function}_reply < <(compgen -d -- \"$cur\")",
        ValueKind.Choice => $"{function}_reply < <(compgen -W {Quote(string.Join(' ', value.Choices))} -- \"$cur\")",
        _ => "COMPREPLY=()",
    };

    private static string Patterns(IEnumerable<string> words) => string.Join('|', words.Select(Quote));

    // ---- zsh -------------------------------------------------------------------------------------------------

    public static string Zsh(CommandCompletion root)
    {
        var function = "_" + root.Name;
        var text = new StringBuilder();
        Line(text, $"#compdef {root.Name}");
        Line(text, $"# zsh completion for {root.Name}, written by '{root.Name} completion zsh' from the tool's commands.");
        Line(text, $"# For this shell (after compinit):  source <({root.Name} completion zsh)");
        Line(text, $"# For every shell:  {root.Name} completion zsh > \"${{fpath[1]}}/_{root.Name}\"");
        Line(text, string.Empty);
        Line(text, $"{function}() {{");
        Line(text, "  local curcontext=\"$curcontext\" state state_descr line ret=1");
        Line(text, "  typeset -A opt_args");
        Line(text, string.Empty);
        Line(text, "  _arguments -C \\");
        foreach (var spec in ZshOptions(root))
        {
            Line(text, $"    {spec} \\");
        }

        Line(text, "    '1: :->command' \\");
        Line(text, "    '*:: :->argument' && ret=0");
        Line(text, string.Empty);
        Line(text, "  case $state in");
        Line(text, "    command)");
        Line(text, "      local -a commands");
        Line(text, "      commands=(");
        foreach (var command in root.Subcommands)
        {
            Line(text, $"        {Quote(command.Name + ":" + command.Description)}");
        }

        Line(text, "      )");
        Line(text, "      _describe -t commands 'command' commands && ret=0");
        Line(text, "      ;;");
        Line(text, "    argument)");
        Line(text, $"      curcontext=\"${{curcontext%:*:*}}:{root.Name}-$line[1]:\"");
        Line(text, "      case $line[1] in");
        foreach (var command in root.Subcommands)
        {
            Line(text, $"        {command.Name})");
            Line(text, "          _arguments \\");
            foreach (var spec in ZshOptions(command))
            {
                Line(text, $"            {spec} \\");
            }

            if (ZshArguments(command.Arguments) is { } arguments)
            {
                Line(text, $"            {arguments} \\");
            }

            Line(text, "            && ret=0");
            Line(text, "          ;;");
        }

        Line(text, "      esac");
        Line(text, "      ;;");
        Line(text, "  esac");
        Line(text, "  return ret");
        Line(text, "}");
        Line(text, string.Empty);
        Line(text, "# Autoloaded from fpath, run it; sourced, register it.");
        Line(text, $"if [[ \"${{funcstack[1]}}\" == \"{function}\" ]]; then");
        Line(text, $"  {function} \"$@\"");
        Line(text, "else");
        Line(text, $"  compdef {function} {root.Name}");
        Line(text, "fi");
        return text.ToString();
    }

    // '(--help -h -?)--help[Show help]' for each name; '--format=[...]:format:(text json)' for an option with a value.
    private static IEnumerable<string> ZshOptions(CommandCompletion command)
    {
        foreach (var option in command.Options)
        {
            var exclusive = option.Names.Count > 1 ? "(" + string.Join(' ', option.Names) + ")" : string.Empty;
            foreach (var name in option.Names)
            {
                var repeat = option.Value.Repeats ? "*" : string.Empty;
                var value = option.Value.Kind == ValueKind.None ? string.Empty : "=";
                var action = option.Value.Kind == ValueKind.None ? string.Empty : ":" + ZshAction(option.Value, "value");
                yield return Quote($"{(option.Value.Repeats ? string.Empty : exclusive)}{repeat}{name}{value}[{ZshDescription(option.Description)}]{action}");
            }
        }
    }

    private static string? ZshArguments(CompletionValue value) => value.Kind switch
    {
        ValueKind.None => null,
        _ when value.Repeats => Quote("*:" + ZshAction(value, "argument")),
        _ => Quote(":" + ZshAction(value, "argument")),
    };

    private static string ZshAction(CompletionValue value, string message) => value.Kind switch
    {
        ValueKind.File => "file:_files",
        ValueKind.Path => "path:_files",
        ValueKind.Folder => "folder:_files -/",
        ValueKind.Choice => $"{message}:({string.Join(' ', value.Choices)})",
        _ => $"{message}: ",
    };

    private static string ZshDescription(string description) =>
        description.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    // ---- fish ------------------------------------------------------------------------------------------------

    public static string Fish(CommandCompletion root)
    {
        var text = new StringBuilder();
        var complete = $"complete -c {root.Name}";
        Line(text, $"# fish completion for {root.Name}, written by '{root.Name} completion fish' from the tool's commands.");
        Line(text, $"# For this shell:   {root.Name} completion fish | source");
        Line(text, $"# For every shell:  {root.Name} completion fish > ~/.config/fish/completions/{root.Name}.fish");
        Line(text, string.Empty);
        Line(text, $"{complete} -f");
        foreach (var option in root.Options)
        {
            Line(text, $"{complete} -n __fish_use_subcommand {FishOption(option)}");
        }

        foreach (var command in root.Subcommands)
        {
            Line(text, $"{complete} -n __fish_use_subcommand -a {command.Name} -d {FishQuote(command.Description)}");
        }

        foreach (var command in root.Subcommands)
        {
            var when = $"-n {FishQuote("__fish_seen_subcommand_from " + command.Name)}";
            foreach (var option in command.Options)
            {
                Line(text, $"{complete} {when} {FishOption(option)}");
            }

            if (command.Arguments.Kind is not (ValueKind.None or ValueKind.Text))
            {
                Line(text, $"{complete} {when} {FishValue(command.Arguments, positional: true)}");
            }
        }

        return text.ToString();
    }

    private static string FishOption(CompletionOption option)
    {
        var names = string.Join(' ', option.Names.Select(n => n.StartsWith("--", StringComparison.Ordinal) ? $"-l {n[2..]}" : n.Length == 2 ? $"-s {FishQuote(n[1..])}" : $"-o {n[1..]}"));
        var value = option.Value.Kind == ValueKind.None ? string.Empty : " " + FishValue(option.Value, positional: false);
        return $"{names}{value} -d {FishQuote(option.Description)}";
    }

    private static string FishValue(CompletionValue value, bool positional)
    {
        var needs = positional ? string.Empty : "-r ";
        return value.Kind switch
        {
            ValueKind.File or ValueKind.Path => $"{needs}-F",
            ValueKind.Folder => $"{needs}-f -a {FishQuote("(__fish_complete_directories (commandline -ct))")}",
            ValueKind.Choice => $"{needs}-f -a {FishQuote(string.Join(' ', value.Choices))}",
            _ => $"{needs}-f",
        };
    }

    private static string FishQuote(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    // ---- PowerShell ------------------------------------------------------------------------------------------

    public static string PowerShell(CommandCompletion root)
    {
        var text = new StringBuilder();
        Line(text, $"# PowerShell completion for {root.Name}, written by '{root.Name} completion pwsh' from the tool's commands.");
        Line(text, $"# For this session:  {root.Name} completion pwsh | Out-String | Invoke-Expression");
        Line(text, "# For every session: add that line to your $PROFILE.");
        Line(text, string.Empty);
        Line(text, $"Register-ArgumentCompleter -Native -CommandName {PsQuote(root.Name)} -ScriptBlock {{");
        Line(text, "    param($wordToComplete, $commandAst, $cursorPosition)");
        Line(text, string.Empty);
        Line(text, "    # Per command: its options, what each option's value is ('file', 'folder', 'text' or a list), its arguments.");
        Line(text, "    $commands = @{");
        foreach (var (path, command) in Commands(root))
        {
            Line(text, $"        {PsQuote(path)} = @{{");
            Line(text, $"            Options = @({string.Join(", ", Names(command).Select(PsQuote))})");
            var values = command.Options.Where(o => o.Value.Kind != ValueKind.None).SelectMany(o => o.Names.Select(n => $"{PsQuote(n)} = {PsValue(o.Value)}"));
            Line(text, values.Any() ? $"            Values = @{{ {string.Join("; ", values)} }}" : "            Values = @{}");
            Line(text, $"            Arguments = {(path.Length == 0 ? $"@({string.Join(", ", root.Subcommands.Select(c => PsQuote(c.Name)))})" : PsValue(command.Arguments))}");
            Line(text, "        }");
        }

        Line(text, "    }");
        Line(text, string.Empty);
        Line(text, "    # The words before the one being completed; the first one that is a command chooses the command.");
        Line(text, "    $words = @($commandAst.CommandElements | Where-Object { $_.Extent.EndOffset -lt $cursorPosition } | ForEach-Object { $_.ToString() })");
        Line(text, "    $path = ''");
        Line(text, "    for ($i = 1; $i -lt $words.Count; $i++) {");
        Line(text, "        if ($path -eq '' -and $commands.ContainsKey($words[$i]) -and $words[$i] -ne '') { $path = $words[$i]; break }");
        Line(text, "    }");
        Line(text, "    $command = $commands[$path]");
        Line(text, "    $previous = if ($words.Count -gt 1) { $words[-1] } else { '' }");
        Line(text, string.Empty);
        Line(text, "    # Nothing offered for files, folders and free text: PowerShell then completes paths.");
        Line(text, "    if ($command.Values.ContainsKey($previous)) { $candidates = $command.Values[$previous] }");
        Line(text, "    elseif ($wordToComplete.StartsWith('-')) { $candidates = $command.Options }");
        Line(text, "    elseif ($command.Arguments -is [array]) { $candidates = $command.Arguments }");
        Line(text, "    elseif ($command.Arguments -eq 'none' -or $command.Arguments -eq 'text') { $candidates = $command.Options }");
        Line(text, "    else { return }");
        Line(text, "    if ($candidates -isnot [array]) { return }");
        Line(text, "    $candidates |");
        Line(text, "        Where-Object { $_.StartsWith($wordToComplete, [System.StringComparison]::OrdinalIgnoreCase) } |");
        Line(text, "        ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }");
        Line(text, "}");
        return text.ToString();
    }

    private static string PsValue(CompletionValue value) => value.Kind switch
    {
        ValueKind.Choice => $"@({string.Join(", ", value.Choices.Select(PsQuote))})",
        ValueKind.File or ValueKind.Path => "'file'",
        ValueKind.Folder => "'folder'",
        ValueKind.None => "'none'",
        _ => "'text'",
    };

    private static string PsQuote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    // ---- shared ----------------------------------------------------------------------------------------------

    /// <summary>A POSIX shell single-quoted word.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Identifier(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
