using Spectre.Console;

namespace RunnerStrength.Tools.Output;

/// <summary>Spectre consoles over the tool's writers: colour only on a terminal without NO_COLOR.</summary>
internal static class TerminalConsole
{
    public static IAnsiConsole Create(TextWriter writer, bool color) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = color ? AnsiSupport.Yes : AnsiSupport.No,
        ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
        Interactive = color ? InteractionSupport.Yes : InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });
}
