using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests;

public sealed class CliBehaviourTests
{
    [Theory]
    [InlineData("--version")]
    [InlineData("plan --version")]
    [InlineData("validate --version")]
    [InlineData("test --version")]
    [InlineData("eval --version")]
    public void Version_is_printed_everywhere(string args)
    {
        var result = ToolRun.Run(args.Split(' '));

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldBe("0.1.0\n");
    }

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var result = ToolRun.Run();

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("runner-strength --help");
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var result = ToolRun.Run("plna");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("plna");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Unknown_flag_is_a_usage_error()
    {
        var result = ToolRun.Run("validate", "--strict");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("--strict");
    }

    [Fact]
    public void Failure_inside_the_tool_is_one_line_without_a_stack_trace()
    {
        var context = ToolRun.Context() with { Out = new FailingWriter() };

        var result = ToolRun.Run(context, "eval", "--expr", "1");

        result.ExitCode.ShouldBe(1);
        result.ErrorLines.ShouldHaveSingleItem().ShouldBe("runner-strength: error: the disk is full (run with --verbose for details)");
    }

    [Fact]
    public void Verbose_shows_the_stack_trace()
    {
        var context = ToolRun.Context() with { Out = new FailingWriter() };

        var result = ToolRun.Run(context, "eval", "--expr", "1", "--verbose");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("System.IO.IOException: the disk is full");
        result.Error.ShouldContain("   at ");
    }

    /// <summary>Standard output that fails the way a full disk or closed pipe does.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("the disk is full");

        public override void Write(string? value) => throw new IOException("the disk is full");

        public override void WriteLine(string? value) => throw new IOException("the disk is full");
    }
}
