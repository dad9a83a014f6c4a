using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Syntax;

/// <summary>One token: its kind, where it is in the expression, the text as written and its value for literals.</summary>
public readonly record struct SyntaxToken(TokenKind Kind, TextSpan Span, string Text, object? Value);
