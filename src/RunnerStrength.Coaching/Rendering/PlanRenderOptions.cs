namespace RunnerStrength.Coaching.Rendering;

/// <summary>Options for rendering a plan; the defaults give the plain program.</summary>
public sealed record PlanRenderOptions
{
    /// <summary>The defaults: no explanations, the system clock.</summary>
    public static PlanRenderOptions Default { get; } = new();

    /// <summary>When true, each session also lists the rules that shaped it, with their source file and line.</summary>
    public bool Explain { get; init; }

    /// <summary>The clock that stamps a calendar when it is written (DTSTAMP and SEQUENCE); a test can fix it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
