using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.CompilerServices;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Coaching.Rendering;
using RunnerStrength.Tools.Cli;

namespace RunnerStrength.Tools.Commands;

/// <summary>The plan command's values: flags parsed strictly, and the defaults from the settings checked.</summary>
internal static partial class PlanCommand
{
    /// <summary>The format names <c>--format</c>, the settings and <c>serve</c>'s <c>POST /api/plans</c> accept (any case).</summary>
    internal static readonly IReadOnlyDictionary<string, PlanFormat> Formats = new Dictionary<string, PlanFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = PlanFormat.Text,
        ["json"] = PlanFormat.Json,
        ["markdown"] = PlanFormat.Markdown,
        ["ics"] = PlanFormat.Ics,
    };

    /// <summary>The flag, else the settings, else text; a bad setting is an error naming where settings come from.</summary>
    private static PlanFormat ResolveFormat(string? flag, ToolSettings settings, out string? error)
    {
        error = null;
        var name = flag ?? settings.Format ?? "text";
        if (Formats.TryGetValue(name, out var format))
        {
            return format;
        }

        error = $"'{name}' from {ToolSettings.Origin("Format")} is not a plan format; expected {string.Join(", ", Formats.Keys)}";
        return PlanFormat.Text;
    }

    /// <summary>The flag, else the settings, else null (the designer's default).</summary>
    private static int? ResolveWeeks(int? flag, ToolSettings settings, out string? error)
    {
        error = null;
        if (flag is not null || settings.Weeks is null)
        {
            return flag;
        }

        if (int.TryParse(settings.Weeks, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) && weeks is >= 1 and <= ProgramDesigner.MaxWeeks)
        {
            return weeks;
        }

        error = $"'{settings.Weeks}' from {ToolSettings.Origin("Weeks")} is not a number of weeks; expected 1 to {ProgramDesigner.MaxWeeks}";
        return null;
    }

    /// <summary>Why writing the plans would replace the athlete profiles they come from, or null when it would not.</summary>
    private static string? Overwrites(string? athlete, string? output, string? athletes, string? outputDir, PlanFormat format)
    {
        if (athlete is not null && output is not null && SamePath(athlete, output))
        {
            return "--output names the athlete profile itself; the plan would replace it";
        }

        return athletes is not null && outputDir is not null && format == PlanFormat.Json && SamePath(athletes, outputDir)
            ? "--output-dir is the --athletes folder, so the JSON plans would replace the profiles; choose another folder"
            : null;
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    internal static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date; write it as YYYY-MM-DD, such as 2026-11-23");
        return null;
    }

    internal static int? ParseWeeks(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var weeks) && weeks is >= 1 and <= ProgramDesigner.MaxWeeks)
        {
            return weeks;
        }

        result.AddError($"--weeks must be 1 to {ProgramDesigner.MaxWeeks}, found '{text}'");
        return null;
    }

    /// <summary>The default of <c>--engine</c>: RunnerStrength's own engine.</summary>
    private const string BuiltInEngine = "builtin";

    /// <summary><c>--engine rulesengine</c>: Microsoft RulesEngine.</summary>
    private const string RulesEngineName = "rulesengine";

    /// <summary>What every plan of one run shares.</summary>
    private sealed record PlanOptions(string RulesDirectory, DateOnly? Start, int? Weeks, PlanFormat Format, bool Explain, TimeProvider Clock, string Engine)
    {
        /// <summary>True when the built-in engine evaluates the rules.</summary>
        public bool BuiltIn => Engine == BuiltInEngine;

        /// <summary><paramref name="rules"/>, evaluated by the engine <c>--engine</c> names.</summary>
        public CoachingRules WithEngine(CoachingRules rules) => BuiltIn ? rules : rules.WithBackend(RulesEngineBackend());

        // Kept apart so that RulesEngine's assemblies load only for --engine rulesengine, never for a plan without it.
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static EvaluationBackend RulesEngineBackend() => Coaching.RulesEngine.RulesEngineBackend.Instance;

        /// <summary>How the plans are rendered: a calendar is stamped with the time of writing.</summary>
        public PlanRenderOptions RenderOptions => new() { Explain = Explain, Clock = Clock };

        public PlanRequest RequestFor(AthleteReadResult read) => new()
        {
            Athlete = read.Profile!,
            AthleteSource = read.Source,
            Start = Start,
            Weeks = Weeks,
        };
    }
}
