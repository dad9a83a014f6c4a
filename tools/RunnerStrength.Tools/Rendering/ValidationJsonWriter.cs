using System.Text.Encodings.Web;
using System.Text.Json;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Tools.Validation;

namespace RunnerStrength.Tools.Rendering;

/// <summary>
/// <c>validate --format json</c>: <c>{"diagnostics": [{path, line, column, severity, code, message}], "summary": {...}}</c>;
/// a problem with no file has null path, line and column.
/// </summary>
internal static class ValidationJsonWriter
{
    /// <summary>How the tool writes JSON reports: indented, LF, text as written.</summary>
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, ValidationReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            WriteDiagnostics(json, "diagnostics", report.Diagnostics);
            json.WriteStartObject("summary");
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("messages", report.Infos);
            json.WriteNumber("files", report.FileCount);
            json.WriteString("text", ValidationTextWriter.Summary(report));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write('\n');
    }

    /// <summary>An array property <paramref name="name"/> of the diagnostics, each an object of <see cref="WriteDiagnosticProperties"/>.</summary>
    internal static void WriteDiagnostics(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            WriteDiagnosticProperties(json, diagnostic);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A diagnostic's properties (path, line, column, severity, code, message) in the object being written.</summary>
    internal static void WriteDiagnosticProperties(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        if (location.IsNone)
        {
            json.WriteNull("path");
            json.WriteNull("line");
            json.WriteNull("column");
        }
        else
        {
            json.WriteString("path", location.Path);
            json.WriteNumber("line", location.Line);
            json.WriteNumber("column", location.Column);
        }

        json.WriteString("severity", SeverityName(diagnostic.Severity));
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message);
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
