using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.Json;

/// <summary>Where one JSON node is: from its property name (or its own start) to its end, and the value alone.</summary>
internal readonly record struct JsonNodeSpan(TextSpan Member, TextSpan Value);
