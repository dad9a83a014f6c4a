using System.Collections.Immutable;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Diagnostics;

/// <summary>One occurrence of a problem: what kind, where, and the values that fill its message.</summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic of <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
        : this(descriptor, location, descriptor.DefaultSeverity, arguments)
    {
    }

    /// <summary>Creates a diagnostic with an explicit severity.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, DiagnosticSeverity severity, params object?[] arguments)
    {
        Descriptor = descriptor;
        Location = location;
        Severity = severity;
        Arguments = [.. arguments];
        Message = descriptor.Format(Arguments);
    }

    /// <summary>The kind of problem.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>Where it is.</summary>
    public Location Location { get; }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The values that fill the message, kept so tests can check them as data.</summary>
    public ImmutableArray<object?> Arguments { get; }

    /// <summary>The stable code, such as <c>RS3101</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The message, in the user's words.</summary>
    public string Message { get; }

    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The MSBuild form editors and CI read: <c>rules/taper.json(12,31): error RS3101: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var where = Location.IsNone ? string.Empty : Location + ": ";
        return $"{where}{severity} {Code}: {Message}";
    }
}
