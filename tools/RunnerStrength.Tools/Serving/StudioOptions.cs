namespace RunnerStrength.Tools.Serving;

/// <summary>What <c>serve</c> runs with: the folders it reads and writes, where it listens, and its limits.</summary>
internal sealed record StudioOptions
{
    /// <summary>The default of <c>--urls</c>: loopback only, so nothing outside the machine reaches the studio.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The largest request body accepted (a rule file is a few tens of kilobytes; the catalog about a hundred).</summary>
    public const int DefaultMaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>The rules folder: plans use it, validate and diff try edits on a copy of it, saves write into it.</summary>
    public required string Rules { get; init; }

    /// <summary>
    /// True when <see cref="Rules"/> is the rule set that came with the tool (no <c>--rules</c>, no configured or nearby
    /// folder): plans, validation and diffs work, saves are refused with RS9010, as a tool update would replace the files.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>The roster: a folder of athlete profiles (null: none).</summary>
    public string? Athletes { get; init; }

    /// <summary>Where Kestrel listens (<c>;</c> between several).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Gives "today" for the default plan start.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public int MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>True to reload the rules when their files change on disk (tests that reload by hand turn it off).</summary>
    public bool WatchRules { get; init; } = true;

    /// <summary>Today's date by <see cref="Clock"/>, in local time.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
}
