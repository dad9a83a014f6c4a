namespace RunnerStrength.Tools.Cli;

/// <summary>One example in a command's help: the command line as a person types it, and what it does.</summary>
internal sealed record HelpExample(string CommandLine, string Does);

/// <summary>One exit code in a command's help and when the command returns it.</summary>
internal sealed record HelpExitCode(int Code, string When);

/// <summary>What a command's help adds after the sections System.CommandLine writes: examples and exit codes.</summary>
internal sealed record CommandHelp(IReadOnlyList<HelpExample> Examples, IReadOnlyList<HelpExitCode> ExitCodes);
