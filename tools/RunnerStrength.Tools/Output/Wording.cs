using System.Globalization;
using Humanizer;

namespace RunnerStrength.Tools.Output;

/// <summary>
/// "1 plan", "400 plans": Humanizer's <c>ToQuantity</c> for the nouns the tool prints. Its own nouns are spelled out
/// (a test checks they match Humanizer's), because the first Humanizer plural builds a vocabulary of about a hundred
/// regular expressions: some 100 ms of CPU in a process whose whole run is a few hundred.
/// </summary>
internal static class Wording
{
    public static string Quantity(string noun, int count)
    {
        var plural = noun switch
        {
            "plan" => "plans",
            "profile" => "profiles",
            "week" => "weeks",
            "session" => "sessions",
            "error" => "errors",
            "warning" => "warnings",
            "message" => "messages",
            "file" => "files",
            "rule" => "rules",
            _ => null,
        };
        return plural is null ? noun.ToQuantity(count) : $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? noun : plural)}";
    }
}
