namespace RunnerStrength.Tools.Cli;

/// <summary>The process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done, with no error (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The inputs have errors, a scenario failed, or something went wrong.</summary>
    public const int Failure = 1;

    /// <summary>The command line is wrong, or a path given on it cannot be read.</summary>
    public const int Usage = 2;
}
