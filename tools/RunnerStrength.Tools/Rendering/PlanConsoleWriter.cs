using System.Text.RegularExpressions;
using Spectre.Console;

namespace RunnerStrength.Tools.Rendering;

/// <summary>
/// Writes the renderer's plain-text plan to a terminal with colour: the plan and week headings, the session lines,
/// the exercise group labels (A1, B2) and the explanations. The words are the renderer's, unchanged.
/// </summary>
internal static partial class PlanConsoleWriter
{
    public static void Write(IAnsiConsole console, string planText)
    {
        var lines = planText.Split('\n');
        var count = planText.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        var inWhy = false;
        for (var i = 0; i < count; i++)
        {
            var line = lines[i];
            inWhy = line.Length == 0 ? false : inWhy || line.TrimStart() == "Why:";
            console.Markup(Colour(i, line, inWhy));
            console.WriteLine();
        }
    }

    private static string Colour(int index, string line, bool inWhy)
    {
        if (line.Length == 0)
        {
            return string.Empty;
        }

        if (index == 0)
        {
            return $"[bold]{Markup.Escape(line)}[/]";
        }

        if (line.StartsWith("Week ", StringComparison.Ordinal))
        {
            return $"[bold yellow]{Markup.Escape(line)}[/]";
        }

        if (inWhy)
        {
            return $"[grey]{Markup.Escape(line)}[/]";
        }

        if (GroupLabel().Match(line) is { Success: true } match)
        {
            var label = match.Groups["label"];
            return Markup.Escape(line[..label.Index]) + $"[bold green]{Markup.Escape(label.Value)}[/]" + Markup.Escape(line[(label.Index + label.Length)..]);
        }

        if (SessionDate().IsMatch(line))
        {
            return $"[cyan]{Markup.Escape(line)}[/]";
        }

        return Markup.Escape(line);
    }

    [GeneratedRegex(@"^ {4}(?<label>[A-Z][0-9]+) ")]
    private static partial Regex GroupLabel();

    [GeneratedRegex(@"^ {2}(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) [0-9]")]
    private static partial Regex SessionDate();
}
