using System.Globalization;
using System.Text;

namespace RunnerStrength.Tools.Output;

/// <summary>
/// Makes names and paths from files safe to print and to use as file names: control characters (which can move the
/// cursor or recolour a terminal) and bidirectional overrides such as U+202E (which reverse what a reader sees) never
/// pass through as they are.
/// </summary>
internal static class TerminalText
{
    /// <summary>
    /// <paramref name="text"/> with every control or bidirectional-format character written as <c>\u{XXXX}</c> (a
    /// backslash too is left as it is: only characters that act instead of showing are escaped).
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(IsUnsafe))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = IsUnsafe(c)
                ? builder.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}")
                : builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary><paramref name="name"/> with every control or bidirectional-format character replaced by '_', for a file name.</summary>
    public static string SafeFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Any(IsUnsafe) ? string.Concat(name.Select(c => IsUnsafe(c) ? '_' : c)) : name;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
