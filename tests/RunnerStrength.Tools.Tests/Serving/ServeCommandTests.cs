using RunnerStrength.Tools.Cli;
using RunnerStrength.Tools.Tests.Support;

namespace RunnerStrength.Tools.Tests.Serving;

/// <summary><c>serve</c>'s usage errors: each stops before a server starts, with exit code 2.</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("--rules", "no-such-folder", "--rules 'no-such-folder' is not a folder")]
    [InlineData("--athletes", "no-such-folder", "--athletes 'no-such-folder' is not a folder")]
    [InlineData("--urls", "ftp://127.0.0.1:21", "--urls 'ftp://127.0.0.1:21' is not a URL to listen on")]
    [InlineData("--urls", "http://127.0.0.1:5080/studio", "--urls 'http://127.0.0.1:5080/studio' is not a URL to listen on")]
    public void A_bad_flag_is_exit_2_and_says_which(string flag, string value, string message)
    {
        var result = flag == "--rules" ? ToolRun.Run("serve", flag, value) : ToolRun.Run("serve", "--rules", Repository.Rules, flag, value);

        result.ExitCode.ShouldBe(2, result.ToString());
        result.Error.ShouldContain($"runner-strength serve: error: {message}");
        result.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_rule_set_that_came_with_the_tool_is_served_read_only()
    {
        using var away = new TempFolder();
        var fromElsewhere = ToolRun.Context() with { WorkingDirectory = away.Path };
        var inTheCheckout = ToolRun.Context() with { WorkingDirectory = Repository.Rules };

        RulesFolder.IsShipped(null, fromElsewhere).ShouldBeTrue();
        RulesFolder.IsShipped(away.Path, fromElsewhere).ShouldBeFalse();
        RulesFolder.IsShipped(null, inTheCheckout).ShouldBeFalse();
    }
}
