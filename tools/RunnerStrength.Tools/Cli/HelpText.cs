using System.CommandLine;
using System.Text;

namespace RunnerStrength.Tools.Cli;

/// <summary>
/// Completes System.CommandLine's help: the commands list shows optional arguments in brackets (it wrote
/// <c>validate &lt;PATH&gt;</c> for an optional PATH), and every command's help ends with examples and exit codes.
/// </summary>
internal static class HelpText
{
    private const string Indent = "  ";
    private const string Gutter = "  ";

    /// <summary><paramref name="help"/>, as System.CommandLine wrote it for <paramref name="command"/>, completed.</summary>
    public static string Complete(Command command, string help, CommandHelp? extra, int width)
    {
        var text = new StringBuilder(ReplaceCommandsSection(command, help.ReplaceLineEndings("\n").TrimEnd('\n'), width));
        text.Append('\n');
        if (extra is not null)
        {
            text.Append("\nExamples:\n");
            foreach (var example in extra.Examples)
            {
                text.Append(Indent).Append(example.CommandLine).Append('\n');
                foreach (var line in Wrap(example.Does, width - (3 * Indent.Length)))
                {
                    text.Append(Indent).Append(Indent).Append(Indent).Append(line).Append('\n');
                }
            }

            text.Append("\nExit codes:\n");
            var rows = extra.ExitCodes.Select(e => (e.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), e.When)).ToList();
            Columns(text, rows, width);
        }

        return text.Append('\n').ToString();
    }

    /// <summary><c>validate [&lt;PATH&gt;...]</c>: a subcommand with its arguments, optional ones in brackets.</summary>
    public static string Label(Command command)
    {
        var label = new StringBuilder(command.Name);
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var name = $"<{argument.HelpName ?? argument.Name}>";
            var many = argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty;
            label.Append(' ').Append(argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}{many}]" : name + many);
        }

        return label.ToString();
    }

    private static string ReplaceCommandsSection(Command command, string help, int width)
    {
        const string Heading = "\nCommands:\n";
        var start = help.IndexOf(Heading, StringComparison.Ordinal);
        if (start < 0 || command.Subcommands.Count == 0)
        {
            return help;
        }

        var end = help.IndexOf("\n\n", start + Heading.Length, StringComparison.Ordinal);
        var section = new StringBuilder(Heading);
        Columns(section, [.. command.Subcommands.Where(c => !c.Hidden).Select(c => (Label(c), c.Description ?? string.Empty))], width);
        return help[..start] + section.ToString().TrimEnd('\n') + (end < 0 ? string.Empty : help[end..]);
    }

    // Two columns as System.CommandLine lays them out: the second starts after the longest first, and wraps under itself.
    private static void Columns(StringBuilder text, IReadOnlyList<(string First, string Second)> rows, int width)
    {
        var column = rows.Max(r => r.First.Length);
        foreach (var (first, second) in rows)
        {
            var lines = Wrap(second, width - Indent.Length - column - Gutter.Length);
            text.Append(Indent).Append(first.PadRight(column)).Append(Gutter).Append(lines[0]).Append('\n');
            foreach (var line in lines.Skip(1))
            {
                text.Append(' ', Indent.Length + column + Gutter.Length).Append(line).Append('\n');
            }
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
