using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Plans;

namespace RunnerStrength.Coaching.Rendering;

/// <summary>
/// Serialization code generated at build time for the plan: the tool built with Native AOT cannot build it by reflection
/// at run time (it has no code for the nullable enums' property types). <see cref="PlanJson"/>'s options still decide
/// the names, the converters and the layout.
/// </summary>
[JsonSerializable(typeof(StrengthPlan))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
