using System.Collections.Immutable;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Workflows;

/// <summary>Splits an <c>ErrorMessage</c> into literal text and <c>$(expr)</c> placeholders, each mapped back to the file.</summary>
internal static class MessageTemplateParser
{
    public static MessageTemplate Parse(JsonStringSyntax message, SourceText source, DiagnosticBag diagnostics)
    {
        var whole = message.ToExpressionText(source);
        var text = whole.Text;
        var parts = ImmutableArray.CreateBuilder<MessagePart>();
        var literalStart = 0;
        var i = 0;
        while (i + 1 < text.Length)
        {
            if (text[i] != '$' || text[i + 1] != '(')
            {
                i++;
                continue;
            }

            var close = FindClose(text, i + 2);
            if (close < 0)
            {
                diagnostics.Report(DiagnosticCatalog.UnclosedPlaceholder, whole.GetLocation(new TextSpan(i, 2)));
                break;
            }

            if (i > literalStart)
            {
                parts.Add(new MessagePart(text[literalStart..i], null));
            }

            parts.Add(new MessagePart(null, whole.Slice(TextSpan.FromBounds(i + 2, close))));
            i = close + 1;
            literalStart = i;
        }

        if (literalStart < text.Length)
        {
            parts.Add(new MessagePart(text[literalStart..], null));
        }

        return new MessageTemplate(text, new Location(source, message.Span), parts.ToImmutable());
    }

    /// <summary>The index of the <c>)</c> that closes a placeholder opened before <paramref name="start"/>, or -1.</summary>
    private static int FindClose(string text, int start)
    {
        var depth = 1;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"' or '\'':
                    // A ')' inside a string literal of the expression does not close the placeholder.
                    i = EndOfQuoted(text, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case '(':
                    depth++;
                    break;
                case ')' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }

    private static int EndOfQuoted(string text, int open)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == text[open])
            {
                return i;
            }
        }

        return -1;
    }
}
