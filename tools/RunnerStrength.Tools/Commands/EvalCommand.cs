using System.CommandLine;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Output;
using RunnerStrength.Tools.Rendering;

namespace RunnerStrength.Tools.Commands;

/// <summary><c>eval --expr EXPR [--athlete FILE]</c>: compiles one rule expression and prints its value as JSON.</summary>
internal static class EvalCommand
{
    public const string Name = "eval";

    /// <summary>The name the expression is shown under in messages.</summary>
    public const string ExpressionPath = "<expr>";

    // The engine's default step and memory budgets, which also bound the JSON the value is written as.
    private static readonly RuleSetOptions Options = new();

    /// <summary>The examples and exit codes at the end of the help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength eval --expr '1 + 2 * 3'", "Prints 7."),
            new(
                "runner-strength eval --expr 'athlete.history.Count(h => h.reps >= 15)' --athlete rules/examples/athletes/high-rep-history.json",
                "Prints 6: the logged sets of 15 reps or more."),
        ],
        [
            new(ExitCodes.Success, "The value is printed as JSON."),
            new(ExitCodes.Failure, "The expression does not compile or fails, or the profile has errors; the message points at the column."),
            new(ExitCodes.Usage, "Bad usage, such as no --expr."),
        ]);

    public static Command Create(CliContext context)
    {
        var expression = new Option<string>("--expr")
        {
            Description = "The expression, as a rule's Expression would hold it; it can read 'athlete'.",
            HelpName = "EXPR",
            Required = true,
        };
        var athlete = new Option<string>("--athlete")
        {
            Description = "The athlete profile bound to 'athlete', as a plan from next Monday sees it (default: none; reading it then reports a null read).",
            HelpName = "FILE",
        };

        var command = new Command(Name, "Compile and evaluate one rule expression and print its value as JSON.")
        {
            expression, athlete,
        };
        command.SetAction(parse =>
        {
            AthleteProfile? profile = null;
            if (parse.GetValue(athlete) is { } path)
            {
                var read = AthleteProfileReader.ReadFile(path);
                DiagnosticLines.Write(context.Error, read.Diagnostics, context.ColorError);
                if (!read.Succeeded)
                {
                    return ExitCodes.Failure;
                }

                // As a plan from next Monday sees it: a race given in weeks from the start has its date.
                profile = read.Profile!.DatedFrom(ProgramDesigner.NextMonday(context.Today));
            }

            var compiled = ExpressionCompiler.Compile(
                ExpressionText.FromString(parse.GetRequiredValue(expression), ExpressionPath),
                [InputDeclaration.Of<AthleteProfile>("athlete")],
                Options);
            foreach (var diagnostic in compiled.Diagnostics)
            {
                CaretWriter.Write(context.Error, context.ColorError, diagnostic);
            }

            if (compiled.Expression is null)
            {
                return ExitCodes.Failure;
            }

            var value = compiled.Expression.Evaluate([profile]);
            // Every failure is an RS diagnostic placed in the expression.
            if (value.Diagnostic is { } failure)
            {
                CaretWriter.Write(context.Error, context.ColorError, failure);
                return ExitCodes.Failure;
            }

            // The value may be larger than anything the expression built (one text repeated in a million places):
            // it is written only when it fits the same memory budget.
            if (ExpressionValueJson.Format(value.Value, Options.MaxEvaluationBytes) is not { } json)
            {
                DiagnosticLines.WriteLine(context.Error, $"{ExpressionPath}: error RS3130: the value is larger than {Options.MaxEvaluationBytes / (1024 * 1024)} MiB as JSON and was not written", context.ColorError);
                return ExitCodes.Failure;
            }

            context.Out.WriteLine(json);
            return ExitCodes.Success;
        });
        return command;
    }
}
