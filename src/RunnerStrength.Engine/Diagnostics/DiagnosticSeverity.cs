namespace RunnerStrength.Engine.Diagnostics;

/// <summary>How serious a diagnostic is. An error stops a rule set from loading; a warning does not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Probably a mistake, but the file still works.</summary>
    Warning,

    /// <summary>The file cannot be used until this is fixed.</summary>
    Error,
}
