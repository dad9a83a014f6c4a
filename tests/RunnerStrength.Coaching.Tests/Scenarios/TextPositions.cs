namespace RunnerStrength.Coaching.Tests.Scenarios;

/// <summary>Where text sits in a file, the way diagnostics show it: 1-based line and column.</summary>
internal static class TextPositions
{
    /// <summary>The diagnostic shape <c>CODE(line,column)</c> of the first occurrence of <paramref name="needle"/> in <paramref name="text"/>.</summary>
    public static string At(string code, string text, string needle, int occurrence = 1) => At(code, text, needle, occurrence, -1);

    /// <summary>The diagnostic shape <c>CODE(line,column)</c> of the first <paramref name="needle"/> after the first <paramref name="after"/>.</summary>
    public static string At(string code, string text, string needle, string after)
    {
        var start = text.IndexOf(after, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{after}' does not occur", nameof(after));
        }

        return At(code, text, needle, 1, start + after.Length - 1);
    }

    private static string At(string code, string text, string needle, int occurrence, int from)
    {
        var index = from;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{needle}' occurs fewer than {occurrence} times", nameof(needle));
            }
        }

        var line = text[..index].Count(c => c == '\n') + 1;
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var column = index - lineStart + 1;
        return $"{code}({line},{column})";
    }
}
