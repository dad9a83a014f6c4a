using System.Net;
using System.Text;
using System.Text.Json;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Serving;

/// <summary>The HTTP API of <c>serve</c>, through ASP.NET Core's test host: every endpoint, what it answers and how it refuses.</summary>
public sealed class StudioApiTests : IAsyncLifetime
{
    private StudioServer _server = null!;

    public async Task InitializeAsync() => _server = await StudioServer.StartAsync(maxBodyBytes: 256 * 1024);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private HttpClient Client => _server.Client;

    [Fact]
    public async Task A_plan_as_json_is_the_plan_command_s_json_for_the_same_athlete()
    {
        var response = await Client.PostAsync("/api/plans", StudioServer.Json(new { athlete = StudioServer.Athlete("no-race"), start = "2026-11-23", weeks = 3 }));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        var cli = ToolRun.Run("plan", "--athlete", Repository.Athlete("no-race"), "--rules", _server.Rules, "--start", "2026-11-23", "--weeks", "3", "--format", "json");
        cli.ExitCode.ShouldBe(0, cli.ToString());
        body.ShouldBe(cli.Out);
    }

    [Theory]
    [InlineData("text", "text/plain", "Strength plan for Lucía")]
    [InlineData("markdown", "text/markdown", "# Strength plan for Lucía")]
    [InlineData("ics", "text/calendar", "BEGIN:VCALENDAR")]
    public async Task A_plan_comes_in_each_format_of_the_plan_command(string format, string mediaType, string start)
    {
        var response = await Client.PostAsync("/api/plans", StudioServer.Json(new { athlete = StudioServer.Athlete("no-race"), weeks = 2, format }));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(mediaType);
        body.ShouldStartWith(start);
    }

    public static TheoryData<string, string, int, int> BadPlanRequests => new()
    {
        { """{ "athlete": """, "RS1001", 1, 14 },
        { "[1, 2]", "RS1004", 1, 1 },
        { """{ "weeks": 4 }""", "RS1005", 1, 1 },
        { """{ "athlete": {}, "weeks": "four" }""", "RS1004", 1, 27 },
        { """{ "athlete": {}, "weeks": 0 }""", "RS1006", 1, 27 },
        { """{ "athlete": {}, "start": "23/11/2026" }""", "RS1006", 1, 27 },
        { """{ "athlete": {}, "format": "pdf" }""", "RS1006", 1, 28 },
        { """{ "athlete": {}, "explain": "yes" }""", "RS1004", 1, 29 },
        { "{ \"athlete\": [],\n  \"colour\": 1 }", "RS1003", 2, 3 },
        { "{ \"athlete\": {\n  \"name\": \"Ana\",\n  \"level\": \"expert\" } }", "RS1006", 3, 12 },
    };

    [Theory]
    [MemberData(nameof(BadPlanRequests))]
    public async Task A_bad_plan_request_is_a_400_problem_with_the_diagnostic_at_its_line_and_column(string body, string code, int line, int column)
    {
        var response = await Client.PostAsync("/api/plans", StudioServer.Json(body));

        var problems = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problems.ShouldContain(p => p.Code == code && p.Path == "request" && p.Line == line && p.Column == column, string.Join("\n", problems));
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_is_RS1001()
    {
        var content = new ByteArrayContent([0x7B, 0xFF, 0xFE, 0x7D]);
        content.Headers.ContentType = new("application/json");

        var problems = await (await Client.PostAsync("/api/plans", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problems.Single().Code.ShouldBe("RS1001");
    }

    [Theory]
    [InlineData("/api/plans")]
    [InlineData("/api/validate")]
    [InlineData("/api/diff")]
    public async Task A_body_over_the_limit_is_a_413_problem_RS9009(string path)
    {
        var body = "{ \"files\": [{ \"path\": \"placement.json\", \"text\": \"" + new string('x', 300 * 1024) + "\" }] }";

        var problems = await (await Client.PostAsync(path, StudioServer.Json(body))).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        problems.Single().Code.ShouldBe("RS9009");
        problems.Single().Message.ShouldContain("262144 bytes");
    }

    [Theory]
    [InlineData("GET", "/api/nothing", 404)]
    [InlineData("DELETE", "/api/rules", 405)]
    public async Task A_route_or_method_the_api_does_not_have_is_a_problem_too(string method, string path, int status)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        (await response.ShouldBeProblemAsync((HttpStatusCode)status)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        var response = await Client.PostAsync("/api/validate", new StringContent("{}", Encoding.UTF8, "text/plain"));

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType)).Single().Code.ShouldBe("RS1006");
    }

    [Fact]
    public async Task Validate_marks_a_misspelt_member_at_its_line_and_column_in_the_edited_file()
    {
        var text = StudioServer.Edited("placement.json", "(day.nextIsQuality || day.nextIsLongRun)", "day.nextIsQualty");

        var response = await Client.PostAsync("/api/validate", StudioServer.Json(new { files = new[] { new { path = "placement.json", text } } }));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var found = ApiProblems.Diagnostics(JsonDocument.Parse(body).RootElement);
        found.ShouldContain(d => d.Code == "RS3101" && d.Line == 22 && d.Column == 60 && d.Message.Contains("did you mean 'nextIsQuality'?"), string.Join("\n", found));
        found.ShouldAllBe(d => d.Path == Path.Combine(_server.Rules, "placement.json"));
        File.ReadAllText(Path.Combine(_server.Rules, "placement.json")).ShouldNotContain("nextIsQualty");
    }

    [Fact]
    public async Task Validate_of_the_files_as_saved_finds_no_error()
    {
        var text = File.ReadAllText(Path.Combine(_server.Rules, "volume.json"));

        var body = await (await Client.PostAsync("/api/validate", StudioServer.Json(new { files = new[] { new { path = "volume.json", text } } }))).Content.ReadAsStringAsync();

        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(0, body);
    }

    [Theory]
    [InlineData("../placement.json")]
    [InlineData("../../etc/passwd.json")]
    [InlineData("/etc/passwd")]
    [InlineData("examples/athletes/no-race.json")]
    [InlineData("..")]
    [InlineData("placement.txt")]
    [InlineData(".json")]
    [InlineData("a\\b.json")]
    [InlineData("")]
    public async Task A_file_name_that_leaves_the_rules_folder_is_refused_with_RS9008(string name)
    {
        foreach (var (method, path) in new[] { (HttpMethod.Put, "/api/rules"), (HttpMethod.Post, "/api/validate"), (HttpMethod.Post, "/api/diff") })
        {
            object body = method == HttpMethod.Put ? new { path = name, text = "{}" } : new { files = new[] { new { path = name, text = "{}" } } };
            var response = await Client.SendAsync(new HttpRequestMessage(method, path) { Content = StudioServer.Json(body) });

            var problems = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problems.ShouldContain(p => p.Code == "RS9008" && p.Path == "request", $"{method} {path}: {string.Join("\n", problems)}");
        }

        Directory.GetFiles(Path.GetDirectoryName(_server.Rules)!, "*", SearchOption.AllDirectories)
            .ShouldAllBe(f => f.StartsWith(_server.Rules + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_lists_per_athlete_what_an_edit_changes_with_the_rules_at_the_rules_folder_s_lines()
    {
        var text = StudioServer.Edited("placement.json", "(day.nextIsQuality || day.nextIsLongRun)", "day.nextIsQuality");

        var response = await Client.PostAsync("/api/diff", StudioServer.Json(new { start = "2026-11-23", weeks = 1, files = new[] { new { path = "placement.json", text } } }));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        var summary = json.RootElement.GetProperty("summary");
        summary.GetProperty("athletes").GetInt32().ShouldBe(Directory.GetFiles(Repository.Athletes, "*.json").Length);
        summary.GetProperty("changed").GetInt32().ShouldBeGreaterThan(0);
        var lucia = json.RootElement.GetProperty("athletes").EnumerateArray().Single(a => a.GetProperty("athlete").GetString() == "Lucía");
        var moved = lucia.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "session-moved");
        moved.GetProperty("before").GetString().ShouldBe("Thursday, rest day");
        moved.GetProperty("after").GetString().ShouldBe("Friday, before your easy run");
        var after = moved.GetProperty("rulesAfter").EnumerateArray().Select(r => r.GetProperty("source").GetString()!).ToList();
        after.ShouldContain(s => s.StartsWith(Path.Combine(_server.Rules, "placement.json") + "(", StringComparison.Ordinal), string.Join("\n", after));
        body.ShouldNotContain("rs-studio-");
    }

    [Fact]
    public async Task Diff_of_an_edit_that_does_not_load_is_a_400_problem_at_the_edit()
    {
        var text = StudioServer.Edited("placement.json", "(day.nextIsQuality || day.nextIsLongRun)", "day.nextIsQualty");

        var response = await Client.PostAsync("/api/diff", StudioServer.Json(new { files = new[] { new { path = "placement.json", text } } }));

        var problems = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problems.ShouldContain(p => p.Code == "RS3101" && p.Path == Path.Combine(_server.Rules, "placement.json") && p.Line == 22 && p.Column == 60);
    }

    [Fact]
    public async Task Rules_lists_the_files_of_the_rules_folder_with_their_text()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/rules"));

        json.RootElement.GetProperty("loaded").GetBoolean().ShouldBeTrue();
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("text").GetString()!);
        files.Keys.ShouldBe(Directory.GetFiles(_server.Rules, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!);
        files["placement.json"].ShouldBe(File.ReadAllText(Path.Combine(_server.Rules, "placement.json")));
    }

    [Fact]
    public async Task Athletes_lists_the_roster_with_profiles_the_plan_endpoint_takes()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/api/athletes"));

        var athletes = json.RootElement.GetProperty("athletes").EnumerateArray().ToList();
        athletes.Count.ShouldBe(Directory.GetFiles(Repository.Athletes, "*.json").Length);
        var first = athletes[0];
        var response = await Client.PostAsync("/api/plans", StudioServer.Json(new { athlete = first.GetProperty("profile"), weeks = 1 }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Save_writes_the_file_whole_reloads_the_rules_and_the_plan_changes()
    {
        var request = new { athlete = StudioServer.Athlete("no-race"), start = "2026-11-23", weeks = 1 };
        var before = await (await Client.PostAsync("/api/plans", StudioServer.Json(request))).Content.ReadAsStringAsync();
        var text = StudioServer.Edited("placement.json", "(day.nextIsQuality || day.nextIsLongRun)", "day.nextIsQuality");

        var response = await Client.PutAsync("/api/rules", StudioServer.Json(new { path = "placement.json", text }));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("saved").GetString().ShouldBe("placement.json");
        json.RootElement.GetProperty("version").GetInt32().ShouldBe(2);
        File.ReadAllText(Path.Combine(_server.Rules, "placement.json")).ShouldBe(text);
        Directory.GetFiles(_server.Rules, ".rs-*").ShouldBeEmpty();
        var after = await (await Client.PostAsync("/api/plans", StudioServer.Json(request))).Content.ReadAsStringAsync();
        after.ShouldNotBe(before);
        after.ShouldContain("\"day\": \"friday\"");
    }

    [Fact]
    public async Task The_rules_that_came_with_the_tool_are_not_saved_into_and_still_plan_validate_and_diff()
    {
        await using var shipped = await StudioServer.StartAsync(readOnly: true);
        var original = File.ReadAllText(Path.Combine(shipped.Rules, "placement.json"));
        var text = StudioServer.Edited("placement.json", "(day.nextIsQuality || day.nextIsLongRun)", "day.nextIsQuality");

        var response = await shipped.Client.PutAsync("/api/rules", StudioServer.Json(new { path = "placement.json", text }));

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        body.ShouldContain("error RS9010: the rules in ");
        body.ShouldContain("came with the tool and are not changed in place; copy them with 'runner-strength init DIR' and run 'runner-strength serve --rules DIR'");
        File.ReadAllText(Path.Combine(shipped.Rules, "placement.json")).ShouldBe(original);
        Directory.GetFiles(shipped.Rules, ".rs-*").ShouldBeEmpty();

        var diff = await shipped.Client.PostAsync("/api/diff", StudioServer.Json(new { files = new[] { new { path = "placement.json", text } } }));
        diff.StatusCode.ShouldBe(HttpStatusCode.OK, await diff.Content.ReadAsStringAsync());
        var plan = await shipped.Client.PostAsync("/api/plans", StudioServer.Json(new { athlete = StudioServer.Athlete("no-race"), start = "2026-11-23", weeks = 1 }));
        plan.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_saved_file_that_breaks_the_rules_keeps_the_last_good_rules_serving()
    {
        var text = StudioServer.Edited("placement.json", "(day.nextIsQuality || day.nextIsLongRun)", "day.nextIsQualty");

        var saved = await Client.PutAsync("/api/rules", StudioServer.Json(new { path = "placement.json", text }));

        using var json = JsonDocument.Parse(await saved.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("loaded").GetBoolean().ShouldBeFalse();
        ApiProblems.Diagnostics(json.RootElement).ShouldContain(d => d.Code == "RS3101" && d.Line == 22);
        var plan = await Client.PostAsync("/api/plans", StudioServer.Json(new { athlete = StudioServer.Athlete("no-race"), weeks = 1 }));
        plan.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Requests_during_reloads_are_all_answered_with_a_whole_plan_of_one_rule_set_or_the_other()
    {
        var request = JsonSerializer.Serialize(new { athlete = StudioServer.Athlete("no-race"), start = "2026-11-23", weeks = 1 });
        var original = File.ReadAllText(Path.Combine(_server.Rules, "placement.json"));
        var edited = StudioServer.Edited("placement.json", "(day.nextIsQuality || day.nextIsLongRun)", "day.nextIsQuality");
        var planOriginal = await (await Client.PostAsync("/api/plans", StudioServer.Json(request))).Content.ReadAsStringAsync();
        File.WriteAllText(Path.Combine(_server.Rules, "placement.json"), edited);
        _server.RuleSet.Reload();
        var planEdited = await (await Client.PostAsync("/api/plans", StudioServer.Json(request))).Content.ReadAsStringAsync();
        planEdited.ShouldNotBe(planOriginal);

        using var stop = new CancellationTokenSource();
        var reloads = 0;
        var reloading = Task.Run(() =>
        {
            for (var i = 0; i < 12; i++)
            {
                File.WriteAllText(Path.Combine(_server.Rules, "placement.json"), i % 2 == 0 ? original : edited);
                _server.RuleSet.Reload();
                reloads++;
            }
        });
        var answers = new List<(HttpStatusCode Status, string Body)>();
        var clients = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var mine = new List<(HttpStatusCode, string)>();
            while (!reloading.IsCompleted)
            {
                var response = await Client.PostAsync("/api/plans", StudioServer.Json(request));
                mine.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
            }

            return mine;
        })).ToList();
        await reloading;
        foreach (var client in clients)
        {
            answers.AddRange(await client);
        }

        reloads.ShouldBe(12);
        answers.ShouldNotBeEmpty();
        answers.ShouldAllBe(a => a.Status == HttpStatusCode.OK && (a.Body == planOriginal || a.Body == planEdited));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        using var json = JsonDocument.Parse(await Client.GetStringAsync("/openapi/v1.json"));

        var paths = json.RootElement.GetProperty("paths");
        paths.GetProperty("/api/plans").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/validate").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/diff").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/rules").TryGetProperty("get", out _).ShouldBeTrue();
        paths.GetProperty("/api/rules").TryGetProperty("put", out _).ShouldBeTrue();
        paths.GetProperty("/api/athletes").TryGetProperty("get", out _).ShouldBeTrue();
        json.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("PlanRequestBody", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/", "text/html", "<h1>RunnerStrength Studio</h1>")]
    [InlineData("/studio.js", "text/javascript", "'/api/plans'")]
    [InlineData("/studio.css", "text/css", ".calendar")]
    public async Task The_page_is_served_from_the_tool_with_nothing_from_elsewhere(string path, string mediaType, string holds)
    {
        var response = await Client.GetAsync(path);

        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe(mediaType);
        body.ShouldContain(holds);
        body.ShouldNotContain("https://");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'self'");
    }
}
