using System.Globalization;

namespace RunnerStrength.Engine.Diagnostics;

/// <summary>A kind of problem: a stable code, a title and a message format with <c>{0}</c>-style arguments.</summary>
public sealed record DiagnosticDescriptor(string Code, string Title, string MessageFormat, DiagnosticSeverity DefaultSeverity)
{
    /// <summary>Formats the message with the given arguments.</summary>
    public string Format(IReadOnlyList<object?> arguments) =>
        arguments.Count == 0
            ? MessageFormat
            : string.Format(CultureInfo.InvariantCulture, MessageFormat, [.. arguments]);
}
