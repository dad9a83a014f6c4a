using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using RunnerStrength.Tools.Serving;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Serving;

/// <summary>
/// The studio page in a real headless chromium, against <c>serve</c> on Kestrel on a free loopback port over a copy of
/// the shipped rules: the coach's walk from the roster to a saved edit. Each step writes a screenshot to
/// <c>artifacts/studio-screenshots/</c> at the repository root (RUNNERSTRENGTH_SCREENSHOTS moves it), for review.
/// Every wait is bounded, so a broken page fails the test instead of hanging it.
/// </summary>
public sealed class StudioBrowserTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempFolder _folder = new();
    private readonly string _screenshots = Environment.GetEnvironmentVariable("RUNNERSTRENGTH_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(Repository.Root, "artifacts", "studio-screenshots");

    private WebApplication _app = null!;
    private ChromeDriver _browser = null!;
    private string _rules = null!;

    public async Task InitializeAsync()
    {
        _rules = _folder.CopyFolder(Repository.Rules, "rules");
        _app = StudioApp.Build(new StudioOptions
        {
            Rules = _rules,
            Athletes = Path.Combine(_rules, "examples", "athletes"),
            Urls = "http://127.0.0.1:0",
            Clock = ToolRun.Clock,
        });
        await _app.StartAsync();

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Browser.Driver)!, Path.GetFileName(Browser.Driver)!);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Browser.Chromium! };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en");
        _browser = new ChromeDriver(service, options, Patience);
        _browser.Manage().Timeouts().PageLoad = Patience;
        _browser.Manage().Timeouts().AsynchronousJavaScript = Patience;
        Directory.CreateDirectory(_screenshots);
    }

    public async Task DisposeAsync()
    {
        _browser?.Quit();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public void Dispose()
    {
        _browser?.Dispose();
        _folder.Dispose();
    }

    [BrowserFact]
    public void A_coach_sees_a_plan_and_its_reasons_edits_a_rule_sees_the_roster_diff_saves_and_sees_the_plan_change()
    {
        _browser.Navigate().GoToUrl(_app.Urls.First());
        Until("the page has loaded the roster and the rules", () => Text("status").StartsWith("Ready:", StringComparison.Ordinal));
        _browser.FindElements(By.CssSelector("button.athlete")).Count.ShouldBe(Directory.GetFiles(Repository.Athletes, "*.json").Length);
        Shot("01-roster");

        // A plan with a race: the calendar shows its phases, deloads and taper, the chart a line per movement pattern.
        Click("button.athlete[data-file='beginner-bodyweight-10k.json']");
        Until("the plan's calendar and chart", () => Count("#calendar li.week") > 0 && Count("#chart svg polyline.series") > 0);
        Count("#calendar li.week.phase-base").ShouldBeGreaterThan(0);
        Count("#calendar li.week.phase-taper").ShouldBeGreaterThan(0);
        Count("#calendar .tag.deload").ShouldBeGreaterThan(0);
        Count("#chart-table tbody tr").ShouldBe(Count("#calendar li.week"));
        Shot("02-plan-and-chart", "#plan-heading");

        // Lucía, and why her first session is where it is.
        Click("button.athlete[data-file='no-race.json']");
        Until("Lucía's plan", () => Text("plan-summary").StartsWith("Lucía:", StringComparison.Ordinal));
        var before = Week1();
        Click("#calendar li.week[data-week='1'] button.session");
        Until("the session's reasons", () => _browser.FindElement(By.Id("reasons")).Displayed && Count("#reasons-list li.reason") > 0);
        _browser.FindElements(By.CssSelector("#reasons-list li.reason")).ShouldContain(r => r.Text.Contains("Placement/", StringComparison.Ordinal) && r.Text.Contains("placement.json, line ", StringComparison.Ordinal));
        Shot("03-session-reasons", "#reasons");

        // An edit with a typo: the problem is marked at its line and column as the coach types.
        Until("placement.json in the editor", () => Value("rule-file") == "placement.json" && Value("rule-text").Length > 0);
        Edit("(day.nextIsQuality || day.nextIsLongRun)", "day.nextIsQualty");
        Until("RS3101 marked at line 22", () => Count("#problems li.error[data-code='RS3101'][data-line='22'][data-column='60']") > 0 && Count("#gutter span.bad[data-line='22']") == 1);
        Click("#problems li.error[data-line='22'] button");
        Shot("04-error-marked", "#editor-heading");

        Edit("day.nextIsQualty", "day.nextIsQuality");
        Until("the problem gone", () => Count("#problems li.clean") == 1 && Count("#gutter span.bad") == 0);
        Shot("05-fixed", "#editor-heading");

        // Before saving: what the edit changes across the roster.
        Click("#preview");
        Until("the roster diff", () => Text("diff-summary").Contains("plans change", StringComparison.Ordinal));
        _browser.FindElements(By.CssSelector("#diff-body details.athlete-diff summary")).ShouldContain(s => s.Text.StartsWith("Lucía:", StringComparison.Ordinal));
        Shot("06-roster-diff", "#diff");

        // Saved: the file is written, the rules reload, and Lucía's plan changes.
        Click("#save");
        Until("the save", () => Text("status").StartsWith("Saved placement.json", StringComparison.Ordinal) && Week1() != before);
        File.ReadAllText(Path.Combine(_rules, "placement.json")).ShouldContain("&& day.nextIsQuality\"");
        Week1().ShouldContain("fri");
        Shot("07-saved-plan-changed", "#plan-heading");

        // The same page at a phone's width: one column, nothing wider than the screen.
        _browser.Manage().Window.Size = new System.Drawing.Size(390, 844);
        Until("the phone layout", () => Script<long>("return document.documentElement.scrollWidth") <= Script<long>("return window.innerWidth") + 1);
        Shot("08-phone-width");
    }

    private string Week1() => string.Join(" | ", _browser.FindElements(By.CssSelector("#calendar li.week[data-week='1'] button.session")).Select(b => b.Text));

    private void Edit(string from, string to)
    {
        // As typing does: the textarea's text changes and it raises an input event.
        Script<object>("const t = document.getElementById('rule-text'); t.value = t.value.replaceAll(arguments[0], arguments[1]); t.dispatchEvent(new Event('input', { bubbles: true })); return null;", from, to);
        Value("rule-text").ShouldContain(to);
    }

    private void Click(string css)
    {
        var element = _browser.FindElement(By.CssSelector(css));
        Script<object>("arguments[0].scrollIntoView({ block: 'center' }); return null;", element);
        element.Click();
    }

    private int Count(string css) => _browser.FindElements(By.CssSelector(css)).Count;

    private string Text(string id) => _browser.FindElement(By.Id(id)).Text;

    private string Value(string id) => _browser.FindElement(By.Id(id)).GetDomProperty("value") ?? string.Empty;

    private T Script<T>(string script, params object[] arguments) => (T)_browser.ExecuteScript(script, arguments)!;

    private void Shot(string name, string? css = null)
    {
        if (css is not null)
        {
            Script<object>("document.querySelector(arguments[0]).scrollIntoView({ block: 'start' }); return null;", css);
        }

        _browser.GetScreenshot().SaveAsFile(Path.Combine(_screenshots, name + ".png"));
    }

    private void Until(string what, Func<bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (done())
                {
                    return;
                }
            }
            catch (WebDriverException)
            {
                // The element is being drawn again; look again.
            }

            if (clock.Elapsed > Patience)
            {
                Shot("failed-" + string.Concat(what.Where(char.IsLetterOrDigit)));
                throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what}; the page says: {Text("status")}");
            }

            Thread.Sleep(100);
        }
    }
}
