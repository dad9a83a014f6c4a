using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>Raised inside compiled code when one rule cannot be evaluated (a null read, an exhausted budget); it fails that rule only.</summary>
public sealed class RuleEvaluationException : Exception
{
    /// <summary>Creates the exception with a message for the person who wrote the rule.</summary>
    public RuleEvaluationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception for a problem with a code and a place in the rule (an overflow, a division by zero).</summary>
    public RuleEvaluationException(Diagnostic diagnostic)
        : base(diagnostic?.ToString())
    {
        Diagnostic = diagnostic;
    }

    /// <summary>Creates the exception with no message.</summary>
    public RuleEvaluationException()
    {
    }

    /// <summary>Creates the exception wrapping another.</summary>
    public RuleEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The problem with its RS code and where it is in the rule, when the failure has one.</summary>
    public Diagnostic? Diagnostic { get; }

    /// <summary>Words for why an evaluation failed, in the rule author's terms: the diagnostic's text, code included.</summary>
    public static string Describe(Exception error) => Diagnose(error, Location.None).ToString();

    /// <summary>
    /// Every evaluation failure as a diagnostic with an RS code, placed at <paramref name="where"/> when it has no place
    /// of its own: the engine's own failures carry their code, and what a list method or a host function threw is
    /// turned into one.
    /// </summary>
    public static Diagnostic Diagnose(Exception error, Location where)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(where);
        if (error is RuleEvaluationException { Diagnostic: { } diagnostic })
        {
            return diagnostic.Location.IsNone && !where.IsNone
                ? new Diagnostic(diagnostic.Descriptor, where, diagnostic.Severity, [.. diagnostic.Arguments])
                : diagnostic;
        }

        var (descriptor, message) = error switch
        {
            RuleEvaluationException e => (DiagnosticCatalog.EvaluationFailed, e.Message),
            DivideByZeroException => (DiagnosticCatalog.EvaluationFailed, "division by zero"),
            OverflowException => (DiagnosticCatalog.EvaluationFailed, "a number grew too large"),
            InvalidOperationException when error.Message.Contains("no elements", StringComparison.Ordinal) => (DiagnosticCatalog.EmptyList, "the list is empty"),
            InvalidOperationException when error.Message.Contains("no matching element", StringComparison.Ordinal) => (DiagnosticCatalog.EmptyList, "no item of the list matches"),
            InvalidOperationException when error.Message.Contains("Nullable", StringComparison.Ordinal) => (DiagnosticCatalog.NullValue, "a value is null"),
            ArgumentOutOfRangeException { ParamName: "digits" } => (DiagnosticCatalog.EvaluationFailed, "Math.Round keeps 0 to 15 digits"),
            ArgumentOutOfRangeException { ParamName: "index" } or IndexOutOfRangeException => (DiagnosticCatalog.IndexOutOfRange, "the index is outside the list"),
            ArgumentOutOfRangeException range => (DiagnosticCatalog.EvaluationFailed, $"a value is out of range ({range.ParamName})"),
            KeyNotFoundException => (DiagnosticCatalog.MissingKey, "the key is not in the dictionary"),
            NullReferenceException => (DiagnosticCatalog.NullValue, "a value is null"),
            _ => (DiagnosticCatalog.EvaluationFailed, error.Message),
        };
        return new Diagnostic(descriptor, where, message);
    }
}
