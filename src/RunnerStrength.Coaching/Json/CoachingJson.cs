using System.Collections.Immutable;
using System.Text.Json;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Json;

/// <summary>How the coaching data files (athlete profiles, the exercise catalog) are read and written as JSON.</summary>
public static class CoachingJson
{
    /// <summary>
    /// The serializer options for coaching data: camelCase names, comments and trailing commas allowed (the schema
    /// validator allows them too), nullable and required annotations respected.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    internal static JsonReaderOptions ReaderOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    internal static JsonDocumentOptions DocumentOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>
    /// The steps every coaching data file goes through: JSON syntax, the schema (every violation), duplicate
    /// properties, the <paramref name="check"/> over the document as written, then deserialization when nothing is an error.
    /// </summary>
    internal static (T? Value, ImmutableArray<Diagnostic> Diagnostics) Read<T>(
        SourceText source,
        string schemaText,
        Action<JsonElement, JsonPointerLocator, DiagnosticBag> check)
        where T : class
    {
        var diagnostics = new DiagnosticBag();
        var locator = JsonPointerLocator.Create(source);
        if (locator.SyntaxError is { } syntaxError)
        {
            diagnostics.Add(syntaxError);
            return (null, diagnostics.ToSortedImmutable());
        }

        diagnostics.AddRange(JsonSchemaValidator.FromSchemaText(schemaText).Validate(source));
        diagnostics.AddRange(locator.DuplicateProperties);

        var text = source.Text.StartsWith('\uFEFF') ? source.Text[1..] : source.Text;
        using (var document = JsonDocument.Parse(text, DocumentOptions))
        {
            check(document.RootElement, locator, diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return (null, diagnostics.ToSortedImmutable());
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(text, Options);
            if (value is null)
            {
                diagnostics.Report(DiagnosticCatalog.SchemaViolation, new Location(source, default), "the document: expected an object, found null");
            }

            return (value, diagnostics.ToSortedImmutable());
        }
        catch (JsonException ex)
        {
            // The schema should have caught this; report it where the deserializer stopped rather than throw.
            var position = source.GetPosition(new LinePosition((int)Math.Max(0, ex.LineNumber ?? 0), (int)Math.Max(0, ex.BytePositionInLine ?? 0)));
            var where = string.IsNullOrEmpty(ex.Path) ? "the document" : ex.Path.TrimStart('$', '.');
            diagnostics.Report(DiagnosticCatalog.SchemaViolation, new Location(source, new TextSpan(position, 0)), $"{where}: {WithoutPosition(ex.Message)}");
            return (null, diagnostics.ToSortedImmutable());
        }
    }

    /// <summary>Drops the " LineNumber: 2 | BytePositionInLine: 7." and " Path: ..." tails: the diagnostic carries the position.</summary>
    internal static string WithoutPosition(string message)
    {
        foreach (var marker in (string[])[" Path: ", " LineNumber: "])
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message[..at];
            }
        }

        return message.TrimEnd(' ', '|');
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
                CoachingJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
