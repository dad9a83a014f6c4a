using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunnerStrength.Benchmarks;

/// <summary>
/// <c>--serve-load URL PID [SECONDS] [CLIENTS]</c>: drives <c>POST /api/plans</c> of a running <c>runner-strength serve</c>
/// (process PID, on loopback) with the sample athletes, round robin, from CLIENTS concurrent clients for SECONDS (default
/// 20, at most 120), and prints the plans a second, the plans a second per core of the server's CPU time, the p50 and
/// p99 latency, and the machine's load average. tests/load/serve-load.sh starts the server and runs this.
/// </summary>
internal static class ServeLoad
{
    public static int Run(string url, int pid, int seconds, int clients)
    {
        seconds = Math.Clamp(seconds, 1, 120);
        clients = Math.Clamp(clients, 1, 64);
        var bodies = Bodies();
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var server = Process.GetProcessById(pid);

        // Warm up: every athlete once, so the figures are of a server that has compiled its rules.
        foreach (var body in bodies)
        {
            Post(http, body).GetAwaiter().GetResult();
        }

        server.Refresh();
        var cpuBefore = server.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var failures = 0;
            for (var i = c; clock.Elapsed < deadline; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await Post(http, bodies[i % bodies.Count]).ConfigureAwait(false);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                failures += ok ? 0 : 1;
            }

            return (latencies, failures);
        })).ToArray();
        Task.WaitAll(workers);
        var wall = clock.Elapsed.TotalSeconds;
        server.Refresh();
        var cpu = (server.TotalProcessorTime - cpuBefore).TotalSeconds;

        var all = workers.SelectMany(w => w.Result.latencies).Order().ToList();
        var failed = workers.Sum(w => w.Result.failures);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"plans: {all.Count} in {wall:F1} s from {clients} clients, {failed} failed"));
        Console.WriteLine(string.Create(culture, $"plans/s: {all.Count / wall:F1}; server CPU {cpu:F1} s = {cpu / wall:F2} cores busy; plans/s per core: {all.Count / cpu:F1}"));
        Console.WriteLine(string.Create(culture, $"latency: p50 {Percentile(all, 0.50):F1} ms, p99 {Percentile(all, 0.99):F1} ms, max {all[^1]:F1} ms"));
        Console.WriteLine($"load average (1, 5, 15 min): {load} on {Environment.ProcessorCount} cores");
        return failed == 0 ? 0 : 1;
    }

    private static async Task<bool> Post(HttpClient http, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/plans", UriKind.Relative), content).ConfigureAwait(false);
        _ = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    // The sample athletes as plan requests: each plan from a fixed Monday through the athlete's race week, as JSON.
    private static List<string> Bodies()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        return [.. Directory.GetFiles(Path.Combine(ShippedRules.Folder, "examples", "athletes"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => new JsonObject { ["athlete"] = JsonNode.Parse(File.ReadAllText(f), documentOptions: options), ["start"] = "2026-11-23", ["format"] = "json" }.ToJsonString())];
    }
}
