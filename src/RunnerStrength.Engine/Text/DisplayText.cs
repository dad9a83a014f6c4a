using System.Globalization;
using System.Text;

namespace RunnerStrength.Engine.Text;

/// <summary>
/// Makes text from files safe to show: control characters (which can move a terminal's cursor or recolour it) and
/// bidirectional overrides such as U+202E (which reverse what a reader sees) are written out as <c>\u{XXXX}</c>.
/// </summary>
public static class DisplayText
{
    /// <summary>
    /// <paramref name="text"/> with every control or bidirectional-format character written as <c>\u{XXXX}</c>; a
    /// backslash is left as it is, as only characters that act instead of showing are escaped.
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

    /// <summary>True for a control character or a bidirectional mark, embedding, override or isolate.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
