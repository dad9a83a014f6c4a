using System.Text;

namespace RunnerStrength.Coaching.Tests.Rendering;

/// <summary>One unfolded iCalendar content line: <c>NAME;PARAM=VALUE:value</c>.</summary>
internal sealed record ContentLine(string Name, IReadOnlyList<string> Parameters, string Value);

/// <summary>
/// A small, independent RFC 5545 reader for the tests: it splits on CRLF, measures octets, unfolds, parses content
/// lines and reports every rule the renderer must keep, so it shares no code with the writer it checks.
/// </summary>
internal static class ICalendarChecker
{
    public const int MaxOctets = 75;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> TextProperties = ["UID", "SUMMARY", "DESCRIPTION", "X-WR-CALNAME", "LOCATION", "COMMENT"];

    private static readonly string[] RequiredInEvent = ["UID", "DTSTAMP", "DTSTART", "SUMMARY"];

    /// <summary>The physical lines as UTF-8 octets, without their CRLF; a character split by a fold shows as U+FFFD.</summary>
    public static List<byte[]> PhysicalLines(string ics) => [.. SplitLines(ics).Select(Encoding.UTF8.GetBytes)];

    /// <summary>Joins continuation lines (CRLF followed by one space or tab) back onto the line they continue.</summary>
    public static List<string> Unfold(string ics)
    {
        var logical = new List<string>();
        foreach (var line in ics.Split("\r\n"))
        {
            if (line.Length > 0 && line[0] is ' ' or '\t' && logical.Count > 0)
            {
                logical[^1] += line[1..];
            }
            else if (line.Length > 0)
            {
                logical.Add(line);
            }
        }

        return logical;
    }

    /// <summary>Parses every unfolded line into name, parameters and value.</summary>
    public static List<ContentLine> Parse(string ics) => [.. Unfold(ics).Select(ParseLine)];

    /// <summary>The properties of each VEVENT, by name.</summary>
    public static List<Dictionary<string, ContentLine>> Events(string ics)
    {
        var events = new List<Dictionary<string, ContentLine>>();
        Dictionary<string, ContentLine>? current = null;
        foreach (var line in Parse(ics))
        {
            if (line is { Name: "BEGIN", Value: "VEVENT" })
            {
                current = new Dictionary<string, ContentLine>(StringComparer.Ordinal);
            }
            else if (line is { Name: "END", Value: "VEVENT" } && current is not null)
            {
                events.Add(current);
                current = null;
            }
            else
            {
                current?.TryAdd(line.Name, line);
            }
        }

        return events;
    }

    /// <summary>Undoes TEXT escaping (RFC 5545 3.3.11).</summary>
    public static string UnescapeText(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                text.Append(value[i] is 'n' or 'N' ? '\n' : value[i]);
            }
            else
            {
                text.Append(value[i]);
            }
        }

        return text.ToString();
    }

    /// <summary>Every broken rule, as a sentence naming the line; empty for a well-formed calendar.</summary>
    public static List<string> Problems(string ics)
    {
        var problems = new List<string>();
        if (!ics.EndsWith("\r\n", StringComparison.Ordinal))
        {
            problems.Add("the text does not end with CRLF");
        }

        var physical = SplitLines(ics);
        for (var i = 0; i < physical.Count; i++)
        {
            var number = i + 1;
            byte[] line;
            try
            {
                line = StrictUtf8.GetBytes(physical[i]);
            }
            catch (EncoderFallbackException)
            {
                // A fold between the two halves of a surrogate pair would write a 4-octet character in two broken pieces.
                problems.Add($"line {number} splits a character");
                line = Encoding.UTF8.GetBytes(physical[i]);
            }

            if (line.Contains((byte)'\r') || line.Contains((byte)'\n'))
            {
                problems.Add($"line {number} has a CR or LF that is not part of a CRLF");
            }

            if (line.Length > MaxOctets)
            {
                problems.Add($"line {number} is {line.Length} octets; the limit is {MaxOctets}");
            }

            if (line.Length == 0)
            {
                problems.Add($"line {number} is empty");
            }
            else if (line[0] == '\t')
            {
                problems.Add($"line {number} continues with a tab; this writer folds with one space");
            }
            else if (line[0] == ' ' && i == 0)
            {
                problems.Add("the first line is a continuation");
            }
        }

        var open = new Stack<string>();
        foreach (var line in Parse(ics))
        {
            if (line.Name == "BEGIN")
            {
                open.Push(line.Value);
            }
            else if (line.Name == "END")
            {
                if (open.Count == 0 || open.Pop() != line.Value)
                {
                    problems.Add($"END:{line.Value} does not close the component that is open");
                }
            }

            if (TextProperties.Contains(line.Name) && BadEscape(line.Value) is { } bad)
            {
                problems.Add($"{line.Name} has {bad}");
            }
        }

        if (open.Count > 0)
        {
            problems.Add($"BEGIN:{open.Peek()} is never closed");
        }

        foreach (var (properties, index) in Events(ics).Select((e, i) => (e, i + 1)))
        {
            problems.AddRange(RequiredInEvent.Where(name => !properties.ContainsKey(name)).Select(name => $"event {index} has no {name}"));
        }

        return problems;
    }

    private static List<string> SplitLines(string ics)
    {
        var lines = ics.Split("\r\n").ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static ContentLine ParseLine(string line)
    {
        // The value starts at the first colon outside a quoted parameter value.
        var quoted = false;
        var colon = -1;
        for (var i = 0; i < line.Length && colon < 0; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                colon = i;
            }
        }

        if (colon < 0)
        {
            throw new FormatException($"not a content line (no ':'): {line}");
        }

        var head = line[..colon].Split(';');
        return new ContentLine(head[0], head[1..], line[(colon + 1)..]);
    }

    private static string? BadEscape(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\' when i + 1 < value.Length && value[i + 1] is '\\' or ';' or ',' or 'n' or 'N':
                    i++;
                    break;
                case '\\':
                    return $"a backslash that escapes nothing at {i}";
                case ';' or ',':
                    return $"an unescaped '{value[i]}' at {i}";
                default:
                    break;
            }
        }

        return null;
    }
}
