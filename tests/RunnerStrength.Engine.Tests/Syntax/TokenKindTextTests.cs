using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Tests.Syntax;

public sealed class TokenKindTextTests
{
    public static TheoryData<TokenKind, string> Descriptions => new()
    {
        { TokenKind.EndOfInput, "the end of the expression" },
        { TokenKind.Identifier, "an identifier" },
        { TokenKind.IntegerLiteral, "a number" },
        { TokenKind.RealLiteral, "a number" },
        { TokenKind.StringLiteral, "a string" },
        { TokenKind.CloseParen, "`)`" },
        { TokenKind.EqualsEquals, "`==`" },
        { TokenKind.BangEquals, "`!=`" },
        { TokenKind.Arrow, "`=>`" },
        { TokenKind.AndKeyword, "`and`" },
        { TokenKind.QuestionQuestion, "`??`" },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Describe_gives_the_words_messages_use(TokenKind kind, string expected) =>
        TokenKindText.Describe(kind).ShouldBe(expected);

    [Fact]
    public void Every_token_kind_has_a_description_of_its_own_and_none_is_the_enum_name()
    {
        foreach (var kind in Enum.GetValues<TokenKind>())
        {
            var description = TokenKindText.Describe(kind);
            description.ShouldNotBe(kind.ToString());
            description.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Punctuation_and_keywords_are_described_by_distinct_spellings()
    {
        var spelled = Enum.GetValues<TokenKind>()
            .Select(TokenKindText.Describe)
            .Where(d => d.StartsWith('`'))
            .ToList();
        spelled.Distinct().Count().ShouldBe(spelled.Count);
    }
}
