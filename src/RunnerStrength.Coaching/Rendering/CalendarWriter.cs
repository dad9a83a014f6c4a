using System.Text;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>
/// Writes RFC 5545 content lines: TEXT values escaped (3.3.11), control and bidirectional characters written out as
/// <c>\u{XXXX}</c>, lines folded at 75 octets without splitting a UTF-8 sequence or an escape (3.1), every line ended
/// by CRLF.
/// </summary>
internal sealed class CalendarWriter
{
    /// <summary>The longest a content line may be, in octets, excluding its CRLF.</summary>
    public const int MaxOctets = 75;

    private const string LineEnd = "\r\n";
    private readonly StringBuilder _text = new();

    /// <summary>Writes a property whose value is already in iCalendar form, such as a date or <c>VCALENDAR</c>.</summary>
    public void Property(string name, string value) => Fold(name + ":" + value);

    /// <summary>Writes a property whose value is free text, escaping it first.</summary>
    public void Text(string name, string value) => Fold(name + ":" + EscapeText(value));

    /// <summary>Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break becomes <c>\n</c>.</summary>
    public static string EscapeText(string value)
    {
        var escaped = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    escaped.Append("\\n");
                    break;
                case '\n':
                    escaped.Append("\\n");
                    break;
                case '\t':
                    escaped.Append(c);
                    break;
                case var unsafeChar when DisplayText.IsUnsafe(unsafeChar):
                    // Other control characters are not allowed in TEXT, and a bidirectional override would reverse what
                    // the calendar shows: both are written out as \u{XXXX}, its backslash escaped.
                    escaped.Append('\\').Append(DisplayText.Escape(unsafeChar.ToString()));
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();

    private void Fold(string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length;)
        {
            var length = UnitLength(line, i);
            var unit = line.AsSpan(i, length);
            var size = Encoding.UTF8.GetByteCount(unit);
            if (octets + size > MaxOctets)
            {
                // A fold is CRLF and one space; the space counts towards the next line's 75 octets.
                _text.Append(LineEnd).Append(' ');
                octets = 1;
            }

            _text.Append(unit);
            octets += size;
            i += length;
        }

        _text.Append(LineEnd);
    }

    // One character, a surrogate pair (one code point, four octets), or an escape such as \, kept whole
    // because some calendar clients unescape before they unfold.
    private static int UnitLength(string line, int i)
    {
        if (i + 1 >= line.Length)
        {
            return 1;
        }

        var c = line[i];
        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(line[i + 1]))
        {
            return 2;
        }

        return c == '\\' && line[i + 1] is '\\' or ';' or ',' or 'n' or 'N' ? 2 : 1;
    }
}
