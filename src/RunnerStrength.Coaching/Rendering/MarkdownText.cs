using System.Text;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>
/// Makes a value safe to put inline in Markdown, whatever it holds: names, notes and messages come from files other
/// people write, so nothing in them may turn into a heading, a list, emphasis, a link, an image, HTML, a table or math.
/// Every character that could is escaped with a backslash (CommonMark 2.4), which shows it as written.
/// </summary>
internal static class MarkdownText
{
    /// <summary>
    /// <paramref name="value"/> on one line, trimmed, with its Markdown characters escaped and its control and
    /// bidirectional characters written as <c>\u{XXXX}</c>. The result may start a line or follow a list marker.
    /// </summary>
    public static string Inline(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.ReplaceLineEndings(" ").Trim();
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (EscapedAnywhere(c) || (i == 0 && c is '-' or '+' or '=') || EndsListNumber(text, i) || StartsLink(text, i))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return DisplayText.Escape(escaped.ToString());
    }

    // Emphasis, code, links and images, HTML and entities, headings, tables, strikethrough, math, email autolinks.
    private static bool EscapedAnywhere(char c) => c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '&' or '$' or '@';

    // "1." or "1)" at the start followed by a space or the end would begin an ordered list.
    private static bool EndsListNumber(string text, int i)
    {
        if (text[i] is not ('.' or ')') || i is 0 or > 9 || text.AsSpan(0, i).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return i + 1 == text.Length || text[i + 1] == ' ';
    }

    // A colon before a non-space ("http://", ":emoji:") and the dot of "www." would make a link or an emoji.
    private static bool StartsLink(string text, int i) =>
        (text[i] == ':' && i + 1 < text.Length && text[i + 1] != ' ')
        || (text[i] == '.' && i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase));
}
