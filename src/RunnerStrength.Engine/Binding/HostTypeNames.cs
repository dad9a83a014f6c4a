namespace RunnerStrength.Engine.Binding;

/// <summary>
/// Recognises a name that is not in scope as one of .NET's own types or namespaces (DateTime, Convert, StringComparison,
/// System), so it is reported as refused by design (RS3111) rather than as a typo. Recognising it reaches nothing: the
/// name is only looked up, never bound.
/// </summary>
internal static class HostTypeNames
{
    private static readonly string[] Namespaces = ["System.", "System.IO.", "System.Text.", "System.Collections.Generic.", "System.Globalization."];

    /// <summary>True when <paramref name="name"/> (as written, case-sensitively, as C# and Dynamic LINQ spell types) names a public .NET type or a root namespace.</summary>
    public static bool IsHostType(string name)
    {
        if (name is "System" or "Microsoft")
        {
            return true;
        }

        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return false;
        }

        var coreLibrary = typeof(object).Assembly;
        var linq = typeof(Enumerable).Assembly;
        return Namespaces.Any(space => coreLibrary.GetType(space + name, throwOnError: false) is { IsPublic: true })
            || linq.GetType("System.Linq." + name, throwOnError: false) is { IsPublic: true };
    }
}
