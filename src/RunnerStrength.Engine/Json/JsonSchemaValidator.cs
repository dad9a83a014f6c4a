using System.Collections.Concurrent;
using System.Globalization;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Json;

/// <summary>Validates a JSON text against a JSON Schema and reports every violation as a diagnostic with its position.</summary>
public sealed class JsonSchemaValidator
{
    private static readonly ConcurrentDictionary<string, JsonSchemaValidator> Cache = new(StringComparer.Ordinal);
    private readonly string _schemaText;
    private readonly Lazy<JsonSchema> _schema;

    private JsonSchemaValidator(string schemaText)
    {
        _schemaText = schemaText;
        _schema = new Lazy<JsonSchema>(() => JsonSchema.FromJsonAsync(schemaText).GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Texts already known to pass their schema, shared by every validator in the process (null: none). A host that starts
    /// often, such as a command-line tool, can keep them on disk so a later process skips the schema check of files that did
    /// not change. Only clean results are remembered, keyed by a hash of the schema and the text, so the answer is the same.
    /// </summary>
    public static IValidatedTextStore? ValidatedTexts { get; set; }

    /// <summary>Builds a validator from the text of a schema; the same text is parsed only once per process, and only when needed.</summary>
    public static JsonSchemaValidator FromSchemaText(string schemaJson) =>
        Cache.GetOrAdd(schemaJson, static text => new JsonSchemaValidator(text));

    /// <summary>Validates <paramref name="source"/>; JSON syntax errors are reported as RS1001, violations as RS1002-RS1006.</summary>
    public IReadOnlyList<Diagnostic> Validate(SourceText source) => Validate(source, source.Text);

    /// <summary>
    /// Validates <paramref name="jsonToCheck"/>, which must have exactly the layout of <paramref name="source"/>
    /// (for example the same text with property names normalised in case), reporting positions in <paramref name="source"/>.
    /// </summary>
    public IReadOnlyList<Diagnostic> Validate(SourceText source, string jsonToCheck)
    {
        var store = ValidatedTexts;
        var key = store is null ? null : ValidatedTextKey.Of(_schemaText, jsonToCheck);
        if (key is not null && store!.Contains(key))
        {
            return [];
        }

        var diagnostics = ValidateWithSchema(source, jsonToCheck);
        if (key is not null && diagnostics.Count == 0)
        {
            store!.Add(key);
        }

        return diagnostics;
    }

    private IReadOnlyList<Diagnostic> ValidateWithSchema(SourceText source, string jsonToCheck)
    {
        ICollection<ValidationError> errors;
        try
        {
            errors = _schema.Value.Validate(jsonToCheck);
        }
        catch (Newtonsoft.Json.JsonReaderException ex)
        {
            var position = source.GetPosition(new LinePosition(Math.Max(0, ex.LineNumber - 1), Math.Max(0, ex.LinePosition - 1)));
            return [new Diagnostic(DiagnosticCatalog.InvalidJson, new Location(source, new TextSpan(position, 0)), StripNewtonsoftPosition(ex.Message))];
        }

        var result = new List<Diagnostic>();
        foreach (var error in Flatten(errors).Where(e => !FitsByCodePoints(e)))
        {
            result.Add(ToDiagnostic(source, error));
        }

        return result
            .DistinctBy(d => (d.Location.Span.Start, d.Message))
            .OrderBy(d => d.Location.Span.Start)
            .ToList();
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            // A value of several allowed types ("type": ["array", "null"]) fails like one of several alternatives.
            var byAlternative = error switch
            {
                ChildSchemaValidationError child => child.Errors.Values.ToList(),
                MultiTypeValidationError multiType => multiType.Errors.Values.ToList(),
                _ => null,
            };
            if (byAlternative is { Count: > 0 })
            {
                // For oneOf/anyOf the innermost failures say what is actually wrong, but only those of the alternatives
                // for this kind of value: "expected an object" says nothing useful about a misspelt string.
                var alternatives = byAlternative.Where(list => list.Count > 0).ToList();
                var ofThisKind = alternatives.Where(list => !list.Any(e => IsKindMismatch(e) && e.Path == error.Path)).ToList();
                var inner = (ofThisKind.Count > 0 ? ofThisKind : alternatives).SelectMany(list => list).ToList();
                if (inner.Count > 0)
                {
                    foreach (var nested in Flatten(inner))
                    {
                        yield return nested;
                    }

                    continue;
                }
            }

            yield return error;
        }
    }

    /// <summary>
    /// True for a length error that JSON Schema would not report: it counts a string's length in code points, and
    /// NJsonSchema in UTF-16 units, so a name of 100 emoji (200 units) failed a maxLength of 100.
    /// </summary>
    private static bool FitsByCodePoints(ValidationError error) =>
        error.Kind is ValidationErrorKind.StringTooLong or ValidationErrorKind.StringTooShort
        && error.Token is JValue { Type: JTokenType.String, Value: string text }
        && error.Schema is { } schema
        && CodePoints(text) >= (schema.MinLength ?? 0)
        && CodePoints(text) <= (schema.MaxLength ?? int.MaxValue);

    private static int CodePoints(string text) => text.EnumerateRunes().Count();

    private static bool IsKindMismatch(ValidationError error) => error.Kind is ValidationErrorKind.StringExpected
        or ValidationErrorKind.NumberExpected or ValidationErrorKind.IntegerExpected or ValidationErrorKind.BooleanExpected
        or ValidationErrorKind.ObjectExpected or ValidationErrorKind.ArrayExpected or ValidationErrorKind.NullExpected;

    private static Diagnostic ToDiagnostic(SourceText source, ValidationError error)
    {
        var position = error.HasLineInfo
            ? source.GetPosition(new LinePosition(Math.Max(0, error.LineNumber - 1), Math.Max(0, error.LinePosition)))
            : 0;

        // NJsonSchema points just past a value; step back onto the property name or value start where we can.
        position = BackUpToTokenStart(source.Text, position);
        var where = string.IsNullOrEmpty(error.Path) || error.Path == "#" ? "the document" : error.Path.TrimStart('#', '/').Replace('/', '.');
        var property = error.Property ?? string.Empty;
        var location = new Location(source, new TextSpan(position, 0));
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => new Diagnostic(DiagnosticCatalog.MissingProperty, location, ParentOf(where), property),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => new Diagnostic(DiagnosticCatalog.UnknownProperty, location, property, ParentOf(where), Suggest(property, error.Schema)),
            ValidationErrorKind.NotInEnumeration when error.Schema?.Enumeration.Count > 0 => new Diagnostic(
                DiagnosticCatalog.InvalidValue,
                location,
                TokenAt(source.Text, position),
                where,
                "one of " + string.Join(", ", error.Schema.Enumeration.Select(v => v?.ToString() ?? "null"))),
            _ => new Diagnostic(DiagnosticCatalog.SchemaViolation, location, $"{where}: {Describe(error.Kind)}{Limit(error)}"),
        };
    }

    private static int BackUpToTokenStart(string text, int position)
    {
        position = Math.Min(position, text.Length);
        var i = position - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        if (i >= 0 && text[i] == ':')
        {
            // A property error points after the colon: step back onto the property name.
            i--;
            while (i >= 0 && char.IsWhiteSpace(text[i]))
            {
                i--;
            }
        }

        if (i >= 0 && text[i] == '"')
        {
            // Back over a string token to its opening quote.
            var j = i - 1;
            while (j >= 0 && !(text[j] == '"' && (j == 0 || text[j - 1] != '\\')))
            {
                j--;
            }

            return Math.Max(0, j);
        }

        var k = i;
        while (k >= 0 && (char.IsLetterOrDigit(text[k]) || text[k] is '-' or '+' or '.'))
        {
            k--;
        }

        return k + 1 < position && k + 1 >= 0 ? k + 1 : Math.Max(0, position - 1);
    }

    private static string ParentOf(string where)
    {
        var dot = where.LastIndexOf('.');
        return dot < 0 ? "the document" : where[..dot];
    }

    private static string Suggest(string property, JsonSchema? schema)
    {
        // The error's schema is the object that refused the property; its known names are the candidates.
        IEnumerable<string> known = schema?.ActualProperties.Count > 0
            ? schema.ActualProperties.Keys
            : schema?.ParentSchema?.ActualProperties.Keys ?? (IEnumerable<string>)[];
        var best = NameSuggester.Suggest(property, known);
        return best is null ? string.Empty : $"; did you mean '{best}'?";
    }

    private static string TokenAt(string text, int position)
    {
        if (position >= text.Length)
        {
            return string.Empty;
        }

        if (text[position] == '"')
        {
            var end = position + 1;
            while (end < text.Length && text[end] != '"')
            {
                end += text[end] == '\\' ? 2 : 1;
            }

            return text[(position + 1)..Math.Min(end, text.Length)];
        }

        var stop = position;
        while (stop < text.Length && text[stop] is not (',' or '}' or ']') && !char.IsWhiteSpace(text[stop]))
        {
            stop++;
        }

        return text[position..stop];
    }

    private static string Describe(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.StringExpected => "expected a string",
        ValidationErrorKind.NumberExpected => "expected a number",
        ValidationErrorKind.IntegerExpected => "expected a whole number",
        ValidationErrorKind.BooleanExpected => "expected true or false",
        ValidationErrorKind.ObjectExpected => "expected an object",
        ValidationErrorKind.ArrayExpected => "expected an array",
        ValidationErrorKind.NullExpected => "expected null",
        ValidationErrorKind.NotInEnumeration => "the value is not one of the allowed values",
        ValidationErrorKind.NumberTooSmall => "the number is too small",
        ValidationErrorKind.NumberTooBig => "the number is too large",
        ValidationErrorKind.StringTooShort => "the text is too short",
        ValidationErrorKind.StringTooLong => "the text is too long",
        ValidationErrorKind.PatternMismatch => "the text does not have the expected form",
        ValidationErrorKind.DateExpected => "expected a date (YYYY-MM-DD)",
        ValidationErrorKind.TooManyItems => "too many items",
        ValidationErrorKind.TooFewItems => "too few items",
        ValidationErrorKind.ItemsNotUnique => "items must be unique",
        ValidationErrorKind.NotOneOf => "the value matches none of the allowed shapes",
        ValidationErrorKind.NotAnyOf => "the value matches none of the allowed shapes",
        _ => kind.ToString(),
    };

    /// <summary>What was found and the limit it broke, such as <c>: 5, at least 10</c>; empty when the schema does not say.</summary>
    private static string Limit(ValidationError error)
    {
        var schema = error.Schema;
        if (schema is null)
        {
            return string.Empty;
        }

        var value = error.Token is JValue { Value: { } scalar } ? Convert.ToString(scalar, CultureInfo.InvariantCulture) : null;
        var text = error.Token is JValue { Type: JTokenType.String, Value: string str } ? str : null;
        var items = error.Token is JArray array ? array.Count : (int?)null;
        var limit = error.Kind switch
        {
            ValidationErrorKind.NumberTooSmall when schema.ExclusiveMinimum is { } more => $"more than {Number(more)}",
            ValidationErrorKind.NumberTooSmall when schema.Minimum is { } least => (schema.IsExclusiveMinimum ? "more than " : "at least ") + Number(least),
            ValidationErrorKind.NumberTooBig when schema.ExclusiveMaximum is { } less => $"less than {Number(less)}",
            ValidationErrorKind.NumberTooBig when schema.Maximum is { } most => (schema.IsExclusiveMaximum ? "less than " : "at most ") + Number(most),
            ValidationErrorKind.StringTooLong when schema.MaxLength is { } most => $"at most {Characters(most)}",
            ValidationErrorKind.StringTooShort when schema.MinLength is { } least => $"at least {Characters(least)}",
            ValidationErrorKind.TooManyItems when schema.MaxItems > 0 => $"at most {schema.MaxItems}",
            ValidationErrorKind.TooFewItems when schema.MinItems > 0 => $"at least {schema.MinItems}",
            _ => null,
        };
        if (limit is null)
        {
            return string.Empty;
        }

        var found = (text, items, value) switch
        {
            ({ } written, _, _) => Characters(CodePoints(written)),
            (null, { } count, _) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " item" : " items"),
            (null, null, { } number) => number,
            _ => null,
        };
        return found is null ? $"; expected {limit}" : $": {found}, expected {limit}";
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Characters(int count) => count == 1 ? "1 character" : count.ToString(CultureInfo.InvariantCulture) + " characters";

    private static string StripNewtonsoftPosition(string message)
    {
        var at = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return at > 0 ? message[..at].TrimEnd('.', ',') : message;
    }
}
