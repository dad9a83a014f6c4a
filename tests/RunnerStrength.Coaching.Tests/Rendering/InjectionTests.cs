using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Markdig;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Coaching.Tests.Plans;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Tests.Rendering;

/// <summary>
/// Names, notes, exercise names and rule messages come from files other people write. Whatever they hold, every
/// rendering shows them as text: nothing in them becomes Markdown or HTML, a calendar property, a terminal control or
/// a reversed line, and the JSON stays valid and gives them back as written.
/// </summary>
public sealed partial class InjectionTests
{
    private const string Evil =
        "*Jo* <script>alert(1)</script> [link](http://x) ![i](x.png) _u_ `c` ~~s~~ $m$ a@b.co www.x.org :smile: &amp; | t | "
        + "\\ ; , \n# h\r\n- item\n1. one \u202Eevil\u0007\u001B[31mred\t.";

    // How a renderer shows it: on one line, control and bidirectional characters written out.
    private static readonly string Visible = DisplayText.Escape(Evil.ReplaceLineEndings(" "));

    [Fact]
    public void Text_escapes_control_and_bidirectional_characters_and_keeps_each_value_on_its_line()
    {
        var text = PlanRenderer.Render(EvilPlan(Evil), PlanFormat.Text, new PlanRenderOptions { Explain = true });
        var plain = PlanRenderer.Render(EvilPlan("x"), PlanFormat.Text, new PlanRenderOptions { Explain = true });

        text.Where(c => c != '\n').ShouldAllBe(c => !DisplayText.IsUnsafe(c));
        text.Split('\n').Length.ShouldBe(plain.Split('\n').Length);
        text.ShouldStartWith("Strength plan for " + Visible + "\n");
        text.ShouldContain(@"\u{202E}evil\u{0007}\u{001B}[31mred\u{0009}.");
        Regex.Count(text, Regex.Escape(Visible)).ShouldBe(Regex.Count(plain, "(?<![a-z])x(?![a-z])"));
    }

    [Fact]
    public void Markdown_renders_every_value_as_text_and_nothing_else()
    {
        var markdown = PlanRenderer.Render(EvilPlan(Evil), PlanFormat.Markdown, new PlanRenderOptions { Explain = true });
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseEmojiAndSmiley().Build();

        var html = Markdown.ToHtml(markdown, pipeline);

        Tags().Matches(html).Select(m => m.Groups["name"].Value.ToLowerInvariant()).Distinct().Order()
            .ShouldBe(["h1", "h2", "h3", "h4", "li", "p", "ul"]);
        var h1 = Heading().Match(html).Groups["text"].Value;
        WebUtility.HtmlDecode(h1).ShouldBe("Strength plan for " + Visible.Trim());
        WebUtility.HtmlDecode(Tags().Replace(html, string.Empty)).Split(Visible.Trim()).Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void The_calendar_escapes_every_value_per_rfc_5545()
    {
        var ics = PlanRenderer.Render(EvilPlan(Evil), PlanFormat.Ics, new PlanRenderOptions { Explain = true, Clock = FixedClock.Friday });

        ICalendarChecker.Problems(ics).ShouldBeEmpty();
        ics.Replace("\r\n", string.Empty, StringComparison.Ordinal).Where(c => c != '\t').ShouldAllBe(c => !DisplayText.IsUnsafe(c));
        var events = Ical.Net.Calendar.Load(ics)!.Events.ToList();
        events.Count.ShouldBe(1);
        var summary = events[0].Summary!;
        summary.ShouldStartWith("Strength for " + Evil.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace("\u202E", @"\u{202E}", StringComparison.Ordinal).Replace("\u0007", @"\u{0007}", StringComparison.Ordinal).Replace("\u001B", @"\u{001B}", StringComparison.Ordinal));
        events[0].Description!.ShouldContain("A1 " + Evil[..20]);
    }

    [Fact]
    public void Json_stays_valid_and_gives_every_value_back_as_written()
    {
        var plan = EvilPlan(Evil);

        var json = PlanRenderer.Render(plan, PlanFormat.Json);

        using (JsonDocument.Parse(json))
        {
        }

        var read = PlanJson.Read(SourceText.From(json, "evil.json"));
        read.Diagnostics.ShouldBeEmpty();
        read.Plan!.Athlete.ShouldBe(Evil);
        read.Plan.Weeks[0].Sessions[0].Exercises[0].Name.ShouldBe(Evil);
        read.Plan.Weeks[0].Sessions[0].Why[0].Message.ShouldBe(Evil);
    }

    private static StrengthPlan EvilPlan(string value)
    {
        var plan = SamplePlans.TwoWeeks();
        var session = plan.Weeks[0].Sessions[0] with
        {
            Title = value,
            Note = value,
            Warmup = [new WarmupItem { Id = "leg-swings", Name = value, Seconds = 30 }],
            Exercises = [SamplePlans.SingleLegSquat() with { Name = value, Load = value, Progression = new PlannedProgression { Cue = value } }],
            Why = [new PlanReason { Rule = "placement/Evil", Message = value, Source = "rules/placement.json(3,5)" }],
        };
        var week = plan.Weeks[0] with
        {
            Sessions = [session],
            Notes = [value],
            Retests = [new PlannedTest { Name = value, How = value, Target = value }],
        };
        return plan with { Athlete = value, Notes = [value], Weeks = [week] };
    }

    [GeneratedRegex(@"<\s*/?\s*(?<name>[a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex Tags();

    [GeneratedRegex(@"<h1[^>]*>(?<text>.*?)</h1>")]
    private static partial Regex Heading();
}
