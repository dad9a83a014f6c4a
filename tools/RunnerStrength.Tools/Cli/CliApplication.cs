using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using RunnerStrength.Tools.Commands;
using RunnerStrength.Tools.Output;

namespace RunnerStrength.Tools.Cli;

/// <summary>The <c>runner-strength</c> command tree and the one place that turns parse errors and failures into exit codes.</summary>
internal static class CliApplication
{
    public const string Name = "runner-strength";

    /// <summary>Help is wrapped at a fixed width so it reads the same on every terminal and in the approved files.</summary>
    private const int HelpWidth = 100;

    /// <summary>
    /// Response files are off: with them, <c>@/etc/passwd</c> made the parser read any file and echo its lines back in
    /// its error messages. Every argument is taken as written.
    /// </summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>Runs the tool with <paramref name="args"/>; never throws, and shows a stack trace only with <c>--verbose</c>.</summary>
    public static int Run(string[] args, CliContext context)
    {
        try
        {
            var root = CreateRoot(context);
            var parse = root.Parse(args, Parsing);
            if (parse.Action is ParseErrorAction)
            {
                return ReportUsageErrors(parse, context);
            }

            if (parse.Action is HelpAction)
            {
                return WriteHelp(parse, context);
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A failure inside a parallel run arrives wrapped; the one inside says what happened.
            var shown = ex is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : ex;
            var line = CommonOptions.IsVerbose(args) ? $"{Name}: error: {ex}" : $"{Name}: error: {shown.Message} (run with --verbose for details)";
            context.Error.WriteLine(DiagnosticLines.Colour(line, context.ColorError));
            return ExitCodes.Failure;
        }
    }

    /// <summary>The examples and exit codes of the tool as a whole, at the end of the top-level help.</summary>
    public static CommandHelp Help { get; } = new(
        [
            new("runner-strength plan --athlete rules/examples/athletes/no-race.json", "The plan for a sample athlete, from next Monday."),
            new("runner-strength validate", "Check the rules folder."),
            new("runner-strength test", "Run the scenario tests of the rules folder."),
            new("runner-strength lint", "Find rules of the rules folder that never decide, never fire, or where order silently decides."),
            new("runner-strength init", "Copy the shipped rules into ./rules to edit."),
            new("runner-strength plan --help", "A command's options, examples and exit codes."),
        ],
        [
            new(ExitCodes.Success, "Done, with no error (warnings allowed)."),
            new(ExitCodes.Failure, "The inputs have errors, a scenario failed, or the tool failed."),
            new(ExitCodes.Usage, "Bad usage, or a path given cannot be read."),
        ]);

    /// <summary>The root command with every subcommand; each call builds a fresh tree.</summary>
    public static Command CreateRoot(CliContext context)
    {
        // A plain Command named for the tool rather than RootCommand, whose name is the host process's (testhost in tests).
        var root = new Command(Name, "Designs strength programs for runners from a coaching rule set, and checks and tests the rules.")
        {
            new HelpOption { Action = new HelpAction { MaxWidth = HelpWidth } },
            ToolVersion.Option(),
            CommonOptions.Verbose(),
            PlanCommand.Create(context),
            ValidateCommand.Create(context),
            TestCommand.Create(context),
            EvalCommand.Create(context),
            InitCommand.Create(context),
            DiffCommand.Create(context),
            FmtCommand.Create(context),
            CompletionCommand.Create(context),
            LintCommand.Create(context),
            ServeCommand.Create(context),
        };
        foreach (var command in root.Subcommands)
        {
            command.Add(ToolVersion.Option());
        }

        return root;
    }

    /// <summary>System.CommandLine's help for the command asked about, completed with its examples and exit codes.</summary>
    private static int WriteHelp(ParseResult parse, CliContext context)
    {
        var help = new StringWriter { NewLine = "\n" };
        var written = parse.Invoke(new InvocationConfiguration { Output = help, Error = context.Error, EnableDefaultExceptionHandler = false });
        var command = parse.CommandResult.Command;
        var extra = command.Name switch
        {
            PlanCommand.Name => PlanCommand.Help,
            ValidateCommand.Name => ValidateCommand.Help,
            TestCommand.Name => TestCommand.Help,
            EvalCommand.Name => EvalCommand.Help,
            InitCommand.Name => InitCommand.Help,
            DiffCommand.Name => DiffCommand.Help,
            FmtCommand.Name => FmtCommand.Help,
            CompletionCommand.Name => CompletionCommand.Help,
            LintCommand.Name => LintCommand.Help,
            ServeCommand.Name => ServeCommand.Help,
            Name => Help,
            _ => null,
        };
        context.Out.Write(HelpText.Complete(command, help.ToString(), extra, HelpWidth));
        return written;
    }

    private static int ReportUsageErrors(ParseResult parse, CliContext context)
    {
        var command = CommandPath(parse.CommandResult.Command);
        foreach (var error in parse.Errors)
        {
            DiagnosticLines.WriteLine(context.Error, $"{command}: error: {error.Message}", context.ColorError);
        }

        context.Error.WriteLine($"Run '{command} --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary><c>runner-strength plan</c>: the command's name after its parents'.</summary>
    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Command? current = command; current is not null; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return string.Join(' ', names);
    }
}
