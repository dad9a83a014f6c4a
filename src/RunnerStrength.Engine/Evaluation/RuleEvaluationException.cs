using RunnerStrength.Engine.Diagnostics;

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

    /// <summary>Words for why an evaluation failed, in the rule author's terms.</summary>
    public static string Describe(Exception error) => error switch
    {
        RuleEvaluationException e => e.Message,
        DivideByZeroException => "division by zero",
        OverflowException => "a number grew too large",
        InvalidOperationException when error.Message.Contains("no elements", StringComparison.Ordinal) => "the list is empty",
        InvalidOperationException when error.Message.Contains("no matching element", StringComparison.Ordinal) => "no item of the list matches",
        InvalidOperationException when error.Message.Contains("Nullable", StringComparison.Ordinal) => "a value is null",
        ArgumentOutOfRangeException { ParamName: "digits" } => "Math.Round keeps 0 to 15 digits",
        ArgumentOutOfRangeException { ParamName: "index" } or IndexOutOfRangeException => "the index is outside the list",
        ArgumentOutOfRangeException range => $"a value is out of range ({range.ParamName})",
        KeyNotFoundException => "the key is not in the dictionary",
        NullReferenceException => "a value is null",
        _ => error.Message,
    };
}
