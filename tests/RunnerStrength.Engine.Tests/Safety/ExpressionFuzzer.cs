using System.Text;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// Writes random expressions over the test model: mostly well-typed ones from the grammar (so compilation and
/// evaluation are exercised, not only the error paths), with misspelt members, mismatched operands, and random
/// character edits of valid expressions.
/// </summary>
internal sealed class ExpressionFuzzer(Random random)
{
    private static readonly string[] NumberPaths =
    [
        "athlete.sessionMinutes", "athlete.totalSteps", "athlete.bodyWeightKg", "athlete.readiness.soreness", "athlete.readiness.sleepHours",
        "athlete.weeklyKm[0]", "athlete.weeklyKm[5]", "athlete.scores[\"squat\"]", "athlete.scores[\"bench\"]", "athlete.history.Count",
        "athlete.name.Length", "athlete.race.date.year", "athlete.history[0].sets", "athlete.history[2].reps", "athlete.equipment.Count()",
    ];

    private static readonly string[] TextPaths =
    [
        "athlete.name", "athlete.race.distance", "athlete.equipment[0]", "athlete.equipment[3]", "athlete.history[1].exercise", "athlete.name[0]",
    ];

    private static readonly string[] BoolPaths = ["athlete.injured", "athlete.readiness.soreness.HasValue", "athlete.race == null"];

    private static readonly string[] LevelPaths = ["athlete.level", "athlete.goalLevel"];

    private static readonly string[] RunPaths = ["athlete.week.monday", "athlete.week.tuesday", "athlete.week.saturday"];

    private static readonly string[] LevelWords = ["beginner", "intermediate", "advanced", "expert", "Beginner", ""];

    private static readonly string[] RunWords = ["rest", "easy", "long", "tempo", "race-pace", "sprint"];

    private static readonly string[] EntryNumbers = ["sets", "reps", "rpe"];

    private static readonly string[] Members =
    [
        "name", "level", "week", "race", "equipment", "sessionMinutes", "readiness", "history", "scores", "bodyWeightKg", "totalSteps",
        "injured", "weeklyKm", "goalLevel", "lastTest", "monday", "date", "distance", "soreness", "sleepHours", "exercise", "sets", "reps", "rpe",
        "Count", "Length", "HasValue", "Value", "GetType", "ToString",
    ];

    private static readonly string[] NumberOperators = ["+", "-", "*", "/", "%"];

    private static readonly string[] Comparisons = ["==", "=", "!=", "<>", "<", "<=", ">", ">="];

    private static readonly string[] Logic = ["&&", "||", "and", "or", "AND", "Or"];

    private static readonly string[] Noise =
    [
        "(", ")", "[", "]", ".", ",", "\"", "'", "\\", "=>", "?", "??", ":", "!", "-", "+", "*", "/", "%", "=", "<", ">", "&", "|", " ", "0",
        "9", "1e", "1.", "m", "L", "it", "in", "not", "null", "@", "#", "$", "\u00e9", "\u200b", "\ud83c\udfc3", "\t", "\n",
    ];

    public string Next()
    {
        var roll = random.Next(100);
        if (roll < 55)
        {
            return Bool(3);
        }

        if (roll < 70)
        {
            return Any(3);
        }

        return Mutate(random.Next(2) == 0 ? Bool(3) : Any(2));
    }

    private string Any(int depth) => random.Next(7) switch
    {
        0 => Number(depth),
        1 => Text(depth),
        2 => Bool(depth),
        3 => Pick(LevelPaths),
        4 => List(depth),
        5 => Chaos(depth),
        _ => Literal(),
    };

    private string Bool(int depth)
    {
        if (depth <= 0)
        {
            return random.Next(3) == 0 ? Pick(["true", "false", "TRUE"]) : Pick(BoolPaths);
        }

        return random.Next(16) switch
        {
            0 or 1 => $"{Number(depth - 1)} {Pick(Comparisons)} {Number(depth - 1)}",
            2 => $"{Text(depth - 1)} {Pick(Comparisons)} {Text(depth - 1)}",
            3 => $"{Pick(LevelPaths)} {Pick(Comparisons)} \"{Pick(LevelWords)}\"",
            4 => $"{Pick(RunPaths)} == \"{Pick(RunWords)}\"",
            5 or 6 => $"{Bool(depth - 1)} {Pick(Logic)} {Bool(depth - 1)}",
            7 => $"{Pick(["!", "not ", "NOT "])}({Bool(depth - 1)})",
            8 => $"athlete.history.{Pick(["Any", "All", "any"])}({Predicate(depth - 1)})",
            9 => $"athlete.equipment.{Pick(["Any", "Contains"])}({Pick(["e => e.StartsWith(\"b\")", "it == \"bands\"", "\"bands\"", "x => x.Length > 4"])})",
            10 => $"{Text(depth - 1)}.{Pick(["Contains", "StartsWith", "EndsWith"])}({Text(depth - 1)})",
            11 => $"{Any(depth - 1)} {Pick(Comparisons)} {Any(depth - 1)}",
            12 => $"{Number(depth - 1)} in ({Number(0)}, {Number(0)}, {Literal()})",
            13 => $"\"{Pick(["bands", "rings", ""])}\" in athlete.equipment",
            14 => $"string.IsNullOrEmpty({Text(depth - 1)})",
            _ => $"athlete.race.date {Pick(Comparisons)} \"{Pick(["2027-01-01", "2027-03-14", "2027-13-01", "soon"])}\"",
        };
    }

    private string Number(int depth)
    {
        if (depth <= 0)
        {
            return random.Next(2) == 0 ? NumberLiteral() : Pick(NumberPaths);
        }

        return random.Next(11) switch
        {
            0 or 1 => $"{Number(depth - 1)} {Pick(NumberOperators)} {Number(depth - 1)}",
            2 => $"-{Number(depth - 1)}",
            3 => $"({Number(depth - 1)})",
            4 => $"Math.{Pick(["Min", "Max"])}({Number(depth - 1)}, {Number(depth - 1)})",
            5 => $"Math.{Pick(["Abs", "Round", "Floor", "Ceiling"])}({Number(depth - 1)})",
            6 => $"athlete.history.{Pick(["Sum", "Max", "Min", "Average"])}({Pick(["h", "x"])} => {Pick(["h", "x"])}.{Pick(EntryNumbers)})",
            7 => $"athlete.history.Count({Predicate(depth - 1)})",
            8 => $"{Number(depth - 1)} ?? {Number(0)}",
            9 => $"{Bool(depth - 1)} ? {Number(depth - 1)} : {Number(depth - 1)}",
            _ => $"iif({Bool(depth - 1)}, {Number(depth - 1)}, {Number(depth - 1)})",
        };
    }

    private string Text(int depth)
    {
        if (depth <= 0)
        {
            return random.Next(2) == 0 ? $"\"{Pick(["bands", "Ana", "", "a\\\"b", "\\u00e9", "x y"])}\"" : Pick(TextPaths);
        }

        return random.Next(6) switch
        {
            0 => $"{Text(depth - 1)} + {Any(depth - 1)}",
            1 => $"{Text(depth - 1)}.{Pick(["ToLower", "ToUpper", "Trim"])}()",
            2 => $"athlete.history.{Pick(["First", "Last", "FirstOrDefault", "LastOrDefault"])}({Predicate(depth - 1)}).exercise",
            3 => $"{Text(depth - 1)} ?? \"none\"",
            4 => $"athlete.equipment.{Pick(["Min", "Max", "First", "Last"])}()",
            _ => $"athlete.history.OrderBy{Pick(["", "Descending"])}(h => h.{Pick(EntryNumbers)}).{Pick(["First", "Last"])}().exercise",
        };
    }

    private string List(int depth) => random.Next(5) switch
    {
        0 => $"athlete.history.Where({Predicate(depth - 1)})",
        1 => $"athlete.history.Select(h => h.{Pick(["exercise", "sets", "reps", "rpe"])})",
        2 => $"athlete.equipment.{Pick(["Distinct()", "Take(1)", "Skip(1)", "OrderBy(e => e)"])}",
        3 => "athlete.weeklyKm",
        _ => $"athlete.history.Take({Number(0)}).Skip({Number(0)})",
    };

    private string Predicate(int depth) => random.Next(4) switch
    {
        0 => $"h => h.{Pick(EntryNumbers)} {Pick(Comparisons)} {NumberLiteral()}",
        1 => $"{Pick(EntryNumbers)} {Pick(Comparisons)} {NumberLiteral()}",
        2 => $"x => x.exercise.{Pick(["StartsWith", "Contains"])}(\"{Pick(["g", "push", "-"])}\") {Pick(Logic)} {(depth > 0 ? Bool(depth - 1) : "true")}",
        _ => $"h => athlete.equipment.Any(e => e.Length > h.sets)",
    };

    /// <summary>Anything at all: misspelt members, operators between whatever, calls of things that are not functions.</summary>
    private string Chaos(int depth)
    {
        var path = "athlete";
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            path += "." + Misspell(Pick(Members));
        }

        return random.Next(4) switch
        {
            0 => path,
            1 => $"{path}({(depth > 0 ? Any(depth - 1) : Literal())})",
            2 => $"{path} {Pick([.. NumberOperators, .. Comparisons, .. Logic, "??"])} {(depth > 0 ? Any(depth - 1) : Literal())}",
            _ => $"{Pick(["Math", "string", "iif", "foo", "h", "it"])}.{Misspell(Pick(Members))}({Literal()})",
        };
    }

    private string Misspell(string name)
    {
        if (random.Next(3) != 0 || name.Length < 2)
        {
            return random.Next(4) == 0 ? name.ToUpperInvariant() : name;
        }

        var i = random.Next(name.Length - 1);
        return random.Next(3) switch
        {
            0 => name.Remove(i, 1),
            1 => name[..i] + name[i + 1] + name[i] + name[(i + 2)..],
            _ => name.Insert(i, ((char)('a' + random.Next(26))).ToString()),
        };
    }

    private string Literal() => random.Next(8) switch
    {
        0 => "null",
        1 => "\"text\"",
        2 => "true",
        3 => "'c'",
        _ => NumberLiteral(),
    };

    private string NumberLiteral() => random.Next(8) switch
    {
        0 => "0",
        1 => random.Next(-5, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => "2147483647",
        3 => "7L",
        4 => "2.5",
        5 => "1.5m",
        6 => "1e3",
        _ => random.Next(1, 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0 && builder.Length > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Remove(at, 1);
                    break;
                case 1:
                    builder.Insert(at, Pick(Noise));
                    break;
                case 2 when at + 1 < builder.Length:
                    (builder[at], builder[at + 1]) = (builder[at + 1], builder[at]);
                    break;
                case 3:
                    builder.Length = at;
                    break;
                default:
                    var length = random.Next(1, Math.Min(12, builder.Length - at) + 1);
                    builder.Insert(at, builder.ToString(at, length));
                    break;
            }
        }

        return builder.ToString();
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
