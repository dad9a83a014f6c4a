using RunnerStrength.Engine.Json;
using RunnerStrength.Tools.Cli;

// Files that passed their schema in an earlier run skip the check (see DiskValidatedTextStore); in-process tests leave it off.
JsonSchemaValidator.ValidatedTexts = DiskValidatedTextStore.FromEnvironment();
return CliApplication.Run(args, CliContext.FromProcess());
