namespace RunnerStrength.Engine.Evaluation;

/// <summary>One recorded value: which sub-expression, and what it was when the rule was decided.</summary>
public sealed record TraceEntry(TraceSite Site, object? Value)
{
    /// <summary><c>expression = value</c>, the way a trace is read.</summary>
    public override string ToString() => $"{Site.Expression} = {Emit.RuntimeSupport.Format(Value is string s ? $"\"{s}\"" : Value ?? "null")}";
}
