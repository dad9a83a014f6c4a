namespace RunnerStrength.Coaching.Json;

/// <summary>The JSON Schemas of the coaching data files, shipped inside the library so it validates without the repository.</summary>
public static class CoachingSchemas
{
    private const string ResourcePrefix = "RunnerStrength.Coaching.Schemas.";

    private static readonly Lazy<string> AthleteText = new(() => Load("athlete.schema.json"));
    private static readonly Lazy<string> ExercisesText = new(() => Load("exercises.schema.json"));

    /// <summary>The schema of an athlete profile (<c>schemas/athlete.schema.json</c>).</summary>
    public static string Athlete => AthleteText.Value;

    /// <summary>The schema of the exercise catalog (<c>schemas/exercises.schema.json</c>).</summary>
    public static string Exercises => ExercisesText.Value;

    /// <summary>The text of the embedded schema named <paramref name="fileName"/>, such as <c>athlete.schema.json</c>.</summary>
    public static string Load(string fileName)
    {
        var resource = ResourcePrefix + fileName;
        using var stream = typeof(CoachingSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The library was built without its embedded schema '{resource}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
