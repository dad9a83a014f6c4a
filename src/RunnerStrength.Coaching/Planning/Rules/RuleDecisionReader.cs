using System.Collections.Immutable;
using System.Text.Json;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Vocabulary;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Planning.Rules;

/// <summary>Reads each coaching rule's <c>Properties</c> into a <see cref="RuleDecision"/>, checking names and values at load.</summary>
internal sealed class RuleDecisionReader
{
    /// <summary>The properties each workflow's rules may set.</summary>
    public static readonly ImmutableDictionary<string, ImmutableArray<string>> AllowedProperties =
        new Dictionary<string, ImmutableArray<string>>
        {
            [CoachingWorkflows.Phase] = ["phase", "note"],
            [CoachingWorkflows.Deload] = ["setsDelta", "note"],
            [CoachingWorkflows.Volume] = ["sessions", "intensities", "minutes", "note"],
            [CoachingWorkflows.Adjustments] = ["maxSessions", "maxMinutes", "maxIntensity", "lighter", "note"],
            [CoachingWorkflows.Budget] = ["sets", "minPerExercise", "maxPerExercise", "note"],
            [CoachingWorkflows.Placement] = ["score", "order", "note"],
            [CoachingWorkflows.SessionPlan] = ["kind", "title", "slots", "warmup", "warmupSeconds"],
            [CoachingWorkflows.SessionExtras] = ["slots", "plyometrics", "note"],
            [CoachingWorkflows.ExerciseChoice] = ["score"],
            [CoachingWorkflows.Dose] = ["sets", "reps", "seconds", "restSeconds", "tempo", "load", "setsDelta", "useCatalogDose"],
            [CoachingWorkflows.Progression] = ["action", "tempo", "repsStep", "repsUpTo", "secondsStep", "secondsUpTo", "loadStepKg", "load", "note"],
            [CoachingWorkflows.WeeklyProgression] = ["action", "tempo", "repsStep", "repsUpTo", "secondsStep", "secondsUpTo", "loadStepKg", "load", "cue", "plateau", "note"],
            [CoachingWorkflows.Retest] = ["test", "how", "target", "note"],
            [CoachingWorkflows.Timing] = ["secondsPerRep", "setupSeconds", "setSeconds"],
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly ImmutableDictionary<string, string[]> Required =
        new Dictionary<string, string[]>
        {
            [CoachingWorkflows.Phase] = ["phase"],
            [CoachingWorkflows.Volume] = ["sessions", "intensities", "minutes"],
            [CoachingWorkflows.Budget] = ["sets"],
            [CoachingWorkflows.Deload] = ["setsDelta"],
            [CoachingWorkflows.SessionPlan] = ["kind", "slots"],
            [CoachingWorkflows.Progression] = ["action"],
            [CoachingWorkflows.WeeklyProgression] = ["action"],
            [CoachingWorkflows.Retest] = ["test", "how"],
            [CoachingWorkflows.Timing] = ["secondsPerRep", "setupSeconds"],
        }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly DiagnosticBag _diagnostics;
    private readonly Func<string, bool> _isExercise;
    private readonly Func<string, IEnumerable<string>> _exerciseIds;

    public RuleDecisionReader(DiagnosticBag diagnostics, Func<string, bool> isExercise, Func<string, IEnumerable<string>> exerciseIds)
    {
        _diagnostics = diagnostics;
        _isExercise = isExercise;
        _exerciseIds = exerciseIds;
    }

    public RuleDecision Read(string workflow, RuleDefinition rule)
    {
        var allowed = AllowedProperties[workflow];
        var decision = new RuleDecision();
        var fromOutput = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in rule.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var canonical = allowed.FirstOrDefault(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
            if (canonical is null)
            {
                var best = NameSuggester.Suggest(name, allowed);
                _diagnostics.Report(CoachingDiagnostics.UnknownDecision, rule.NameLocation, rule.Name, name, workflow,
                    best is null ? $"; {workflow} rules decide {string.Join(", ", allowed)}" : $"; did you mean '{best}'?");
                continue;
            }

            if (value.ValueKind == JsonValueKind.String && value.GetString() == "$output")
            {
                if (rule.OnSuccess?.Kind != ActionKind.OutputExpression)
                {
                    _diagnostics.Report(CoachingDiagnostics.OutputWithoutAction, rule.NameLocation, rule.Name, canonical);
                }

                fromOutput.Add(canonical);
                continue;
            }

            decision = Apply(workflow, decision, canonical, value, rule);
        }

        if (rule.Expression is not null && Required.TryGetValue(workflow, out var required))
        {
            foreach (var name in required.Where(r => !rule.Properties.Keys.Any(k => string.Equals(k, r, StringComparison.OrdinalIgnoreCase))))
            {
                _diagnostics.Report(CoachingDiagnostics.MissingDecision, rule.NameLocation, rule.Name, workflow, name);
            }
        }

        return decision with { FromOutput = fromOutput.ToImmutable() };
    }

    private RuleDecision Apply(string workflow, RuleDecision decision, string name, JsonElement value, RuleDefinition rule)
    {
        switch (name)
        {
            case "phase":
                return Enum<TrainingPhase>(value, rule, name) is { } phase ? decision with { Phase = phase } : decision;
            case "note":
                return Text(value, rule, name) is { } note ? decision with { Note = note } : decision;
            case "sessions":
                return Int(value, rule, name, 0, 7) is { } sessions ? decision with { Sessions = sessions } : decision;
            case "intensities":
                return decision with { Intensities = [.. Array(value, rule, name).Select(v => Enum<SessionIntensity>(v, rule, name)).OfType<SessionIntensity>()] };
            case "minutes":
                return decision with { Minutes = Minutes(value, rule) };
            case "maxSessions":
                return Int(value, rule, name, 0, 7) is { } max ? decision with { MaxSessions = max } : decision;
            case "maxMinutes":
                return Int(value, rule, name, 5, 180) is { } maxMinutes ? decision with { MaxMinutes = maxMinutes } : decision;
            case "maxIntensity":
                return Enum<SessionIntensity>(value, rule, name) is { } most ? decision with { MaxIntensity = most } : decision;
            case "lighter":
                return Bool(value, rule, name) is { } lighter ? decision with { Lighter = lighter } : decision;
            case "score":
                return Int(value, rule, name, -1000, 1000) is { } score ? decision with { Score = score } : decision;
            case "minPerExercise":
                return Int(value, rule, name, 1, 10) is { } fewest ? decision with { MinPerExercise = fewest } : decision;
            case "maxPerExercise":
                return Int(value, rule, name, 1, 10) is { } perExercise ? decision with { MaxPerExercise = perExercise } : decision;
            case "order":
                return Enum<SessionOrder>(value, rule, name) is { } order ? decision with { Order = order } : decision;
            case "title":
                return Text(value, rule, name) is { } title ? decision with { Title = title } : decision;
            case "kind":
                return Text(value, rule, name) is { } kind ? decision with { Kind = kind } : decision;
            case "slots":
                return decision with { Slots = [.. Array(value, rule, name).Select(v => Slot(v, rule)).OfType<SlotFacts>()] };
            case "warmup":
                return decision with { Warmup = [.. Array(value, rule, name).Select(v => ExerciseId(v, rule, name)).OfType<string>()] };
            case "warmupSeconds":
                return Int(value, rule, name, 5, 600) is { } seconds ? decision with { WarmupSeconds = seconds } : decision;
            case "plyometrics":
                return decision with { Plyometrics = Plyometrics(value, rule) };
            case "sets" when string.Equals(workflow, CoachingWorkflows.Budget, StringComparison.OrdinalIgnoreCase):
                return decision with { PatternSets = PatternSets(value, rule) };
            case "sets":
                return Int(value, rule, name, 1, 10) is { } sets ? decision with { Sets = sets } : decision;
            case "reps":
                return decision with { Reps = Range(value, rule, name, 1, 100) };
            case "seconds":
                return decision with { Seconds = Range(value, rule, name, 1, 600) };
            case "restSeconds":
                return Int(value, rule, name, 0, 600) is { } rest ? decision with { RestSeconds = rest } : decision;
            case "tempo":
                return Tempo(value, rule, name) is { } tempo ? decision with { Tempo = tempo } : decision;
            case "load":
                return Text(value, rule, name) is { } load ? decision with { Load = load } : decision;
            case "setsDelta":
                return Int(value, rule, name, -5, 5) is { } delta ? decision with { SetsDelta = delta } : decision;
            case "useCatalogDose":
                return Bool(value, rule, name) is { } reset ? decision with { UseCatalogDose = reset } : decision;
            case "action":
                return Enum<ProgressionAction>(value, rule, name) is { } action ? decision with { Action = action } : decision;
            case "repsStep":
                return Int(value, rule, name, 1, 10) is { } repsStep ? decision with { RepsStep = repsStep } : decision;
            case "repsUpTo":
                return Int(value, rule, name, 1, 100) is { } repsUpTo ? decision with { RepsUpTo = repsUpTo } : decision;
            case "secondsStep":
                return Int(value, rule, name, 1, 60) is { } secondsStep ? decision with { SecondsStep = secondsStep } : decision;
            case "secondsUpTo":
                return Int(value, rule, name, 1, 600) is { } secondsUpTo ? decision with { SecondsUpTo = secondsUpTo } : decision;
            case "loadStepKg":
                return Number(value, rule, name, 0.5, 20) is { } step ? decision with { LoadStepKg = step } : decision;
            case "plateau":
                return Bool(value, rule, name) is { } plateau ? decision with { Plateau = plateau } : decision;
            case "test":
                return Text(value, rule, name) is { } test ? decision with { Test = test } : decision;
            case "how":
                return Text(value, rule, name) is { } how ? decision with { How = how } : decision;
            case "target":
                return Text(value, rule, name) is { } target ? decision with { Target = target } : decision;
            case "cue":
                return Text(value, rule, name) is { } cue ? decision with { Cue = cue } : decision;
            case "secondsPerRep":
                return Int(value, rule, name, 1, 30) is { } perRep ? decision with { SecondsPerRep = perRep } : decision;
            case "setSeconds":
                return Int(value, rule, name, 10, 600) is { } perSet ? decision with { SetSeconds = perSet } : decision;
            case "setupSeconds":
                return Int(value, rule, name, 0, 300) is { } setup ? decision with { SetupSeconds = setup } : decision;
            default:
                throw new InvalidOperationException($"no reader for '{name}'");
        }
    }

    private ImmutableDictionary<SessionIntensity, int> Minutes(JsonElement value, RuleDefinition rule)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Invalid(rule, "minutes", "an object such as { \"heavy\": 40, \"moderate\": 35, \"light\": 20 }");
            return ImmutableDictionary<SessionIntensity, int>.Empty;
        }

        var result = ImmutableDictionary.CreateBuilder<SessionIntensity, int>();
        foreach (var property in value.EnumerateObject())
        {
            if (!EnumText.TryParse(typeof(SessionIntensity), property.Name, out var intensity))
            {
                Invalid(rule, "minutes", "keyed by heavy, moderate or light, not '" + property.Name + "'");
                continue;
            }

            if (Int(property.Value, rule, "minutes." + property.Name, 5, 180) is { } minutes)
            {
                result[(SessionIntensity)intensity!] = minutes;
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<PatternSetCount> PatternSets(JsonElement value, RuleDefinition rule)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Invalid(rule, "sets", "an object such as { \"squat\": 6, \"hinge\": 4, \"core\": 6 }");
            return [];
        }

        var result = new List<PatternSetCount>();
        foreach (var property in value.EnumerateObject())
        {
            if (!EnumText.TryParse(typeof(MovementPattern), property.Name, out var pattern))
            {
                Invalid(rule, "sets", "keyed by movement patterns (" + string.Join(", ", EnumText.Names(typeof(MovementPattern))) + "), not '" + property.Name + "'");
                continue;
            }

            if (Int(property.Value, rule, "sets." + property.Name, 0, 30) is { } sets)
            {
                result.RemoveAll(p => p.Pattern == (MovementPattern)pattern!);
                result.Add(new PatternSetCount((MovementPattern)pattern!, sets));
            }
        }

        // Sorted once here, the most sets first: the designer spreads them in this order.
        result.Sort((a, b) => a.Sets != b.Sets ? b.Sets.CompareTo(a.Sets) : a.Pattern.CompareTo(b.Pattern));
        return [.. result];
    }

    private SlotFacts? Slot(JsonElement value, RuleDefinition rule)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Invalid(rule, "slots", "a list of objects such as { \"group\": \"A\", \"pattern\": \"squat\", \"unilateral\": true }");
            return null;
        }

        string? group = null;
        string? injury = null;
        MovementPattern? pattern = null;
        bool unilateral = false, mitigation = false;
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Name.ToLowerInvariant())
            {
                case "group":
                    group = Text(property.Value, rule, "slots.group");
                    if (group is not null && (group.Length != 1 || group[0] is < 'A' or > 'Y'))
                    {
                        Invalid(rule, "slots.group", "one capital letter from A to Y");
                        group = null;
                    }

                    break;
                case "pattern":
                    pattern = Enum<MovementPattern>(property.Value, rule, "slots.pattern");
                    break;
                case "unilateral":
                    unilateral = Bool(property.Value, rule, "slots.unilateral") ?? false;
                    break;
                case "mitigation":
                    mitigation = Bool(property.Value, rule, "slots.mitigation") ?? false;
                    break;
                case "injury":
                    injury = Text(property.Value, rule, "slots.injury");
                    if (injury is not null && !Athletes.AthleteVocabulary.Injuries.Contains(injury))
                    {
                        Invalid(rule, "slots.injury", "an injury tag (" + string.Join(", ", Athletes.AthleteVocabulary.Injuries) + ")");
                        injury = null;
                    }

                    break;
                default:
                    Invalid(rule, "slots", $"made of group, pattern, unilateral, mitigation and injury, not '{property.Name}'");
                    break;
            }
        }

        if (group is null || pattern is null)
        {
            Invalid(rule, "slots", "given a group and a pattern in every slot");
            return null;
        }

        // A slot for an injury is injury work.
        return new SlotFacts { Group = group, Pattern = pattern.Value, Unilateral = unilateral, Mitigation = mitigation || injury is not null, Injury = injury };
    }

    private PlyometricsDecision? Plyometrics(JsonElement value, RuleDefinition rule)
    {
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("minutes", out var minutes) || !value.TryGetProperty("impact", out var impact))
        {
            Invalid(rule, "plyometrics", "an object such as { \"minutes\": 6, \"impact\": \"low\" }");
            return null;
        }

        var m = Int(minutes, rule, "plyometrics.minutes", 1, 20);
        var i = Text(impact, rule, "plyometrics.impact");
        if (i is not ("low" or "high"))
        {
            Invalid(rule, "plyometrics.impact", "low or high");
            return null;
        }

        return m is null ? null : new PlyometricsDecision(m.Value, i);
    }

    private DoseRange? Range(JsonElement value, RuleDefinition rule, string name, int min, int max)
    {
        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("min", out var low) || !value.TryGetProperty("max", out var high))
        {
            Invalid(rule, name, "an object such as { \"min\": 8, \"max\": 12 }");
            return null;
        }

        var l = Int(low, rule, name + ".min", min, max);
        var h = Int(high, rule, name + ".max", min, max);
        if (l is null || h is null)
        {
            return null;
        }

        if (l > h)
        {
            Invalid(rule, name, "a range whose min is not above its max");
            return null;
        }

        return new DoseRange(l.Value, h.Value);
    }

    private string? Tempo(JsonElement value, RuleDefinition rule, string name)
    {
        var text = Text(value, rule, name);
        if (text is null)
        {
            return null;
        }

        var parts = text.Split('-');
        if (parts.Length != 3 || parts.Any(p => p.Length != 1 || !(char.IsAsciiDigit(p[0]) || p[0] == 'X')))
        {
            Invalid(rule, name, "written down-pause-up in seconds, such as \"3-0-1\"");
            return null;
        }

        return text;
    }

    private string? ExerciseId(JsonElement value, RuleDefinition rule, string name)
    {
        var id = Text(value, rule, name);
        if (id is not null && !_isExercise(id))
        {
            var best = NameSuggester.Suggest(id, _exerciseIds(id));
            _diagnostics.Report(CoachingDiagnostics.DecisionUnknownExercise, rule.NameLocation, rule.Name, id, best is null ? string.Empty : $"; did you mean '{best}'?");
            return null;
        }

        return id;
    }

    private IEnumerable<JsonElement> Array(JsonElement value, RuleDefinition rule, string name)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().ToList();
        }

        Invalid(rule, name, "a list");
        return [];
    }

    private T? Enum<T>(JsonElement value, RuleDefinition rule, string name)
        where T : struct, Enum
    {
        if (value.ValueKind == JsonValueKind.String && EnumText.TryParse(typeof(T), value.GetString()!, out var parsed))
        {
            return (T)parsed!;
        }

        Invalid(rule, name, "one of " + string.Join(", ", EnumText.Names(typeof(T))));
        return null;
    }

    private int? Int(JsonElement value, RuleDefinition rule, string name, int min, int max)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        Invalid(rule, name, $"a whole number from {min} to {max}");
        return null;
    }

    private double? Number(JsonElement value, RuleDefinition rule, string name, double min, double max)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && number >= min && number <= max)
        {
            return number;
        }

        Invalid(rule, name, $"a number from {min.ToString(System.Globalization.CultureInfo.InvariantCulture)} to {max.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return null;
    }

    private bool? Bool(JsonElement value, RuleDefinition rule, string name)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Invalid(rule, name, "true or false");
        return null;
    }

    private string? Text(JsonElement value, RuleDefinition rule, string name)
    {
        if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
        {
            return value.GetString();
        }

        Invalid(rule, name, "text");
        return null;
    }

    private void Invalid(RuleDefinition rule, string name, string expected) =>
        _diagnostics.Report(CoachingDiagnostics.InvalidDecision, rule.NameLocation, rule.Name, name, expected);
}
