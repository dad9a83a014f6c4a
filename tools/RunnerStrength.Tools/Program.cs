using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Json;
using RunnerStrength.Tools.Cli;

// Files that passed their schema in an earlier run skip the check (see DiskValidatedTextStore); in-process tests leave it off.
JsonSchemaValidator.ValidatedTexts = DiskValidatedTextStore.FromEnvironment();
// A shell can stay in a folder that was deleted; every path the tool resolves starts from it, so say so and stop.
if (CliContext.WorkingFolderProblem() is { } problem)
{
    Console.Error.WriteLine(problem);
    return 2;
}

// Built ahead of time (Native AOT), the engine's generic code exists only over the model's types named here.
CoachingNativeTypes.Include();
return CliApplication.Run(args, CliContext.FromProcess());
