using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>A sub-expression whose value a trace records: its text as written and where it is in the file.</summary>
public sealed record TraceSite(string Expression, Location Location);
