using System.CommandLine;
using System.CommandLine.Completions;
using System.Text.RegularExpressions;

namespace RunnerStrength.Tools.Completion;

/// <summary>What a shell may offer for a value: nothing (a flag), any text, a file, a folder, a file or folder, or one of a list.</summary>
internal enum ValueKind
{
    None,
    Text,
    File,
    Folder,
    Path,
    Choice,
}

/// <summary>The value an option or argument takes, and the words to offer for a <see cref="ValueKind.Choice"/>.</summary>
internal sealed record CompletionValue(ValueKind Kind, IReadOnlyList<string> Choices, bool Repeats)
{
    public static CompletionValue None { get; } = new(ValueKind.None, [], false);
}

/// <summary>An option as completion sees it: its names (the first the long one) and what follows it.</summary>
internal sealed record CompletionOption(IReadOnlyList<string> Names, string Description, CompletionValue Value);

/// <summary>A command of the tool: its options (inherited ones included), its positional arguments, its subcommands.</summary>
internal sealed record CommandCompletion(
    string Name,
    string Description,
    IReadOnlyList<CompletionOption> Options,
    CompletionValue Arguments,
    IReadOnlyList<CommandCompletion> Subcommands);

/// <summary>
/// The command tree of System.CommandLine turned into what the completion scripts need, so the scripts are made from
/// the commands the tool has and never drift from them. Value kinds come from each symbol: a flag is a <c>bool</c>
/// option, choices are System.CommandLine's own completions (<c>AcceptOnlyFromAmong</c>), and otherwise the help name
/// says (<c>FILE</c>, <c>DIR</c>, <c>PATH</c>; <c>DIR|REV</c> is offered folders).
/// </summary>
internal static partial class CompletionModel
{
    public static CommandCompletion From(Command root) => From(root, [], depth: 0);

    private static CommandCompletion From(Command command, IReadOnlyList<Option> inherited, int depth)
    {
        if (depth > 1 && command.Subcommands.Count > 0)
        {
            // The fish, zsh and PowerShell scripts place options by the first word after the tool's name.
            throw new NotSupportedException($"completion scripts know two levels of commands; '{command.Name}' has subcommands of its own");
        }

        if (depth > 0)
        {
            Check(command.Name, Word());
        }

        var options = command.Options.Where(o => !o.Hidden)
            .Concat(inherited.Where(o => !command.Options.Contains(o)))
            .Select(ToOption)
            .DistinctBy(o => o.Names[0])
            .ToList();
        var passedOn = inherited.Concat(command.Options.Where(o => o.Recursive && !o.Hidden)).ToList();
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var value = arguments.Count == 0 ? CompletionValue.None : ValueOf(arguments[0], arguments[0].HelpName ?? arguments[0].Name, arguments.Any(a => a.Arity.MaximumNumberOfValues > 1));
        return new CommandCompletion(
            command.Name,
            OneLine(command.Description),
            options,
            value,
            [.. command.Subcommands.Where(c => !c.Hidden).Select(c => From(c, passedOn, depth + 1))]);
    }

    private static CompletionOption ToOption(Option option)
    {
        // The long name first, then the aliases from longest to shortest: --help, -h, -?. Help's Windows spellings
        // (/h, /?) are left out: a shell would read them as paths.
        var names = new[] { option.Name }.Concat(option.Aliases.OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal))
            .Where(n => n.StartsWith('-'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var name in names)
        {
            Check(name, OptionName());
        }

        var value = option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0
            ? CompletionValue.None
            : ValueOf(option, option.HelpName ?? string.Empty, option.Arity.MaximumNumberOfValues > 1);
        return new CompletionOption(names, OneLine(option.Description), value);
    }

    private static CompletionValue ValueOf(Symbol symbol, string helpName, bool repeats)
    {
        var choices = symbol.GetCompletions(CompletionContext.Empty).Select(c => c.InsertText ?? c.Label).Distinct(StringComparer.Ordinal).ToList();
        if (choices.Count > 0)
        {
            foreach (var choice in choices)
            {
                Check(choice, Word());
            }

            return new CompletionValue(ValueKind.Choice, choices, repeats);
        }

        var kind = helpName.ToUpperInvariant() switch
        {
            "FILE" => ValueKind.File,
            "DIR" or "DIR|REV" => ValueKind.Folder,
            "PATH" => ValueKind.Path,
            _ => ValueKind.Text,
        };
        return new CompletionValue(kind, [], repeats);
    }

    /// <summary>Words go into the scripts unquoted in places (bash's compgen expands them), so only plain ones are allowed.</summary>
    private static void Check(string word, Regex allowed)
    {
        if (!allowed.IsMatch(word))
        {
            throw new NotSupportedException($"'{word}' cannot be written into a completion script; use letters, digits, '-', '.', '_' and '+'");
        }
    }

    private static string OneLine(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(--?[A-Za-z0-9][A-Za-z0-9-]*|-\?)$")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._+-]*$")]
    private static partial Regex Word();
}
