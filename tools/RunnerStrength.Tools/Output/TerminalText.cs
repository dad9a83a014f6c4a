using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Output;

/// <summary>
/// Makes names and paths from files safe to print and to use as file names: control characters (which can move the
/// cursor or recolour a terminal) and bidirectional overrides such as U+202E (which reverse what a reader sees) never
/// pass through as they are.
/// </summary>
internal static class TerminalText
{
    /// <summary>
    /// <paramref name="text"/> with every control or bidirectional-format character written as <c>\u{XXXX}</c> (a
    /// backslash too is left as it is: only characters that act instead of showing are escaped).
    /// </summary>
    public static string Escape(string text) => DisplayText.Escape(text);

    /// <summary><paramref name="name"/> with every control or bidirectional-format character replaced by '_', for a file name.</summary>
    public static string SafeFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Any(DisplayText.IsUnsafe) ? string.Concat(name.Select(c => DisplayText.IsUnsafe(c) ? '_' : c)) : name;
    }
}
