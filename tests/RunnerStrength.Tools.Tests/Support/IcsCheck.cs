using System.Text;

namespace RunnerStrength.Tools.Tests.Support;

/// <summary>
/// Reads an iCalendar file the way RFC 5545 says a parser must: lines end in CRLF, no line is longer than 75 octets,
/// a line starting with a space or tab continues the one before, and every BEGIN has its END.
/// </summary>
internal static class IcsCheck
{
    /// <summary>The unfolded content lines; throws a Shouldly failure on the first rule broken.</summary>
    public static List<string> Unfold(string ics)
    {
        ics.ShouldEndWith("\r\n");
        var physical = ics[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            line.ShouldNotContain('\n', $"a bare LF inside: {line}");
            line.ShouldNotContain('\r', $"a bare CR inside: {line}");
            Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(75, $"longer than 75 octets: {line}");
        }

        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t'))
            {
                logical.Count.ShouldBeGreaterThan(0, "the first line cannot be a continuation");
                logical[^1] += line[1..];
            }
            else
            {
                line.ShouldContain(':', $"a content line needs NAME:VALUE: {line}");
                logical.Add(line);
            }
        }

        var open = new Stack<string>();
        foreach (var line in logical)
        {
            if (line.StartsWith("BEGIN:", StringComparison.Ordinal))
            {
                open.Push(line["BEGIN:".Length..]);
            }
            else if (line.StartsWith("END:", StringComparison.Ordinal))
            {
                open.Count.ShouldBeGreaterThan(0, $"{line} without its BEGIN");
                open.Pop().ShouldBe(line["END:".Length..]);
            }
        }

        open.ShouldBeEmpty();
        logical[0].ShouldBe("BEGIN:VCALENDAR");
        logical[^1].ShouldBe("END:VCALENDAR");
        return logical;
    }
}
