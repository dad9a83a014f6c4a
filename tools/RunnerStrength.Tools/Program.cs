using RunnerStrength.Tools.Cli;

return CliApplication.Run(args, CliContext.FromProcess());
