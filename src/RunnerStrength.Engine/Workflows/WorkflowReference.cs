using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>A workflow named by another part of a rule file (<c>WorkflowsToInject</c>), with where the name is written.</summary>
/// <param name="Name">The workflow's name as written.</param>
/// <param name="Location">Where the name is written.</param>
public sealed record WorkflowReference(string Name, Location Location);
