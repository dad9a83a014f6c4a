using System.Collections.Immutable;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>A message with <c>$(expr)</c> placeholders, such as <c>"only $(order.items.Count) items"</c>.</summary>
public sealed record MessageTemplate(string Text, Location Location, ImmutableArray<MessagePart> Parts);

/// <summary>A piece of a <see cref="MessageTemplate"/>: literal text, or a placeholder expression when <see cref="Expression"/> is set.</summary>
public sealed record MessagePart(string? Literal, ExpressionText? Expression);
