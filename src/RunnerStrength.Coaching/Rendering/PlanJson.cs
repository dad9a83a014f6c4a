using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Plans;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>Writes and reads plans as JSON that follows <c>schemas/plan.schema.json</c>.</summary>
public static class PlanJson
{
    private const string SchemaResource = "RunnerStrength.Coaching.Schemas.plan.schema.json";

    private static readonly Lazy<string> Schema = new(LoadSchema);

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",

        // The file is read by people and tools, never embedded in HTML: keep "–", "×" and names readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter<DayOfWeek>(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
            PlanJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    /// <summary>The JSON Schema of the plan format (draft-07), as shipped inside the library.</summary>
    public static string SchemaText => Schema.Value;

    /// <summary>Writes <paramref name="plan"/> as indented JSON with "\n" line ends and a final newline; byte-identical for equal plans.</summary>
    public static string Serialize(StrengthPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(plan, Options) + "\n";
    }

    /// <summary>Reads JSON written by <see cref="Serialize"/>; throws <see cref="JsonException"/> on malformed input. Use <see cref="Read"/> for files a person may have edited.</summary>
    public static StrengthPlan Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<StrengthPlan>(json, Options)
            ?? throw new JsonException("The JSON holds null where a plan was expected.");
    }

    /// <summary>Validates a plan file against the schema and reads it, reporting every problem with its position instead of throwing.</summary>
    public static PlanReadResult Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = JsonSchemaValidator.FromSchemaText(SchemaText).Validate(source);
        if (diagnostics.Any(d => d.IsError))
        {
            return new PlanReadResult { Plan = null, Diagnostics = diagnostics };
        }

        try
        {
            return new PlanReadResult { Plan = Deserialize(source.Text), Diagnostics = diagnostics };
        }
        catch (JsonException ex)
        {
            // The schema cannot see everything the model needs, such as 2026-02-30 being no date.
            var line = (int)Math.Max(0, ex.LineNumber ?? 0);
            var column = (int)Math.Max(0, ex.BytePositionInLine ?? 0);
            var position = source.GetPosition(new LinePosition(line, column));
            var message = ex.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut] : message;
            var where = string.IsNullOrEmpty(ex.Path) ? "the document" : ex.Path.TrimStart('$', '.');
            var diagnostic = new Diagnostic(DiagnosticCatalog.SchemaViolation, new Location(source, new TextSpan(position, 0)), $"{where}: {message}");
            return new PlanReadResult { Plan = null, Diagnostics = [.. diagnostics, diagnostic] };
        }
    }

    private static string LoadSchema()
    {
        using var stream = typeof(PlanJson).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"The library was built without its embedded resource '{SchemaResource}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
