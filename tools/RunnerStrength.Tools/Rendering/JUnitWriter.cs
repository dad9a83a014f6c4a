using System.Globalization;
using System.Text;
using System.Xml;
using RunnerStrength.Coaching.Scenarios;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Rendering;

/// <summary>
/// The <c>test</c> report as JUnit XML, the format CI systems (GitHub Actions reporters, GitLab, Jenkins, Azure
/// Pipelines) read: one <c>testsuite</c> for the folder, one <c>testcase</c> per scenario, a <c>failure</c> per failed
/// scenario holding every expectation that did not hold with its file, line and column, and the run's diagnostics in
/// <c>system-err</c>. Text from files is written as characters XML allows: control, bidirectional and other characters
/// XML 1.0 cannot hold are written <c>\u{XXXX}</c>.
/// </summary>
internal static class JUnitWriter
{
    public static string Write(ScenarioSuiteResult suite, string folder, DateTimeOffset finished)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new Utf8StringWriter(text), settings))
        {
            var tests = suite.Outcomes.Length.ToString(CultureInfo.InvariantCulture);
            var failures = suite.Failed.ToString(CultureInfo.InvariantCulture);
            var time = Seconds(suite.Outcomes.Aggregate(TimeSpan.Zero, (sum, o) => sum + o.Elapsed));
            var suiteName = Safe(folder);
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "runner-strength test");
            xml.WriteAttributeString("tests", tests);
            xml.WriteAttributeString("failures", failures);
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            xml.WriteAttributeString("time", time);

            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", suiteName);
            xml.WriteAttributeString("tests", tests);
            xml.WriteAttributeString("failures", failures);
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            xml.WriteAttributeString("time", time);
            xml.WriteAttributeString("timestamp", finished.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            foreach (var outcome in suite.Outcomes)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("name", Safe(outcome.Name));
                xml.WriteAttributeString("classname", suiteName);
                xml.WriteAttributeString("file", Safe(outcome.Path));
                xml.WriteAttributeString("time", Seconds(outcome.Elapsed));
                if (!outcome.Passed)
                {
                    xml.WriteStartElement("failure");
                    var first = outcome.Failures.FirstOrDefault();
                    xml.WriteAttributeString("message", first is null
                        ? "failed"
                        : Safe($"{first.Expectation}: expected {first.Expected}, actual {first.Actual}") + (outcome.Failures.Length > 1 ? $" (and {outcome.Failures.Length - 1} more)" : string.Empty));
                    xml.WriteAttributeString("type", "expectation");
                    xml.WriteString(string.Join('\n', outcome.Failures.Select(f => Safe(
                        $"{(f.Location.IsNone ? outcome.Path : f.Location.ToString())}: {f.Expectation}\n  expected: {f.Expected}\n  actual:   {f.Actual}"))));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            var problems = suite.Diagnostics.DistinctBy(d => d.ToString()).Select(d => Safe(d.ToString())).ToList();
            if (problems.Count > 0)
            {
                xml.WriteElementString("system-err", string.Join('\n', problems));
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.Append('\n').ToString();
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>
    /// Each line of <paramref name="text"/> as the text renderings show it (control and bidirectional characters as
    /// <c>\u{XXXX}</c>), and any character XML 1.0 cannot hold (a lone surrogate, U+FFFE) written the same way.
    /// </summary>
    internal static string Safe(string text)
    {
        var lines = text.Split('\n').Select(DisplayText.Escape);
        var joined = string.Join('\n', lines);
        if (XmlAllows(joined))
        {
            return joined;
        }

        var safe = new StringBuilder(joined.Length);
        for (var i = 0; i < joined.Length; i++)
        {
            var c = joined[i];
            if (char.IsHighSurrogate(c) && i + 1 < joined.Length && char.IsLowSurrogate(joined[i + 1]))
            {
                safe.Append(c).Append(joined[++i]);
            }
            else if (c == '\n' || XmlConvert.IsXmlChar(c))
            {
                safe.Append(c);
            }
            else
            {
                safe.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}");
            }
        }

        return safe.ToString();
    }

    private static bool XmlAllows(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the file is written in.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
