namespace RunnerStrength.Engine.Syntax;

/// <summary>The kinds of token in the expression language. <c>TokenKindText.Describe</c> gives the words used in messages.</summary>
public enum TokenKind
{
    /// <summary>The end of the expression.</summary>
    EndOfInput,

    /// <summary>Characters that form no token (already reported).</summary>
    Bad,

    /// <summary>A name: input, member, param, lambda parameter, function.</summary>
    Identifier,

    /// <summary>An integer literal: <c>42</c>, <c>0x1F</c>, <c>0b101</c> (int, or long when it does not fit; <c>L</c> suffix for long).</summary>
    IntegerLiteral,

    /// <summary>A real literal: <c>3.5</c>, <c>1e3</c> (double; <c>m</c> suffix for decimal, <c>f</c>/<c>d</c> accepted).</summary>
    RealLiteral,

    /// <summary>A string literal in double or single quotes.</summary>
    StringLiteral,

    /// <summary><c>true</c>.</summary>
    TrueKeyword,

    /// <summary><c>false</c>.</summary>
    FalseKeyword,

    /// <summary><c>null</c>.</summary>
    NullKeyword,

    /// <summary><c>and</c> or <c>AndAlso</c> (any case), same as <c>&amp;&amp;</c>.</summary>
    AndKeyword,

    /// <summary><c>or</c> or <c>OrElse</c> (any case), same as <c>||</c>.</summary>
    OrKeyword,

    /// <summary><c>not</c> (any case), same as <c>!</c>.</summary>
    NotKeyword,

    /// <summary><c>in</c> (any case).</summary>
    InKeyword,

    /// <summary><c>+</c></summary>
    Plus,

    /// <summary><c>-</c></summary>
    Minus,

    /// <summary><c>*</c></summary>
    Star,

    /// <summary><c>/</c></summary>
    Slash,

    /// <summary><c>%</c>, or the word <c>mod</c>.</summary>
    Percent,

    /// <summary><c>==</c> or <c>=</c> (both compare), or the word <c>eq</c> or <c>equal</c>.</summary>
    EqualsEquals,

    /// <summary><c>!=</c> or <c>&lt;&gt;</c>, or the word <c>ne</c>, <c>neq</c> or <c>notequal</c>.</summary>
    BangEquals,

    /// <summary><c>&lt;</c>, or the word <c>lt</c> or <c>LessThan</c>.</summary>
    Less,

    /// <summary><c>&lt;=</c>, or the word <c>le</c> or <c>LessThanEqual</c>.</summary>
    LessEquals,

    /// <summary><c>&gt;</c>, or the word <c>gt</c> or <c>GreaterThan</c>.</summary>
    Greater,

    /// <summary><c>&gt;=</c>, or the word <c>ge</c> or <c>GreaterThanEqual</c>.</summary>
    GreaterEquals,

    /// <summary><c>&amp;&amp;</c></summary>
    AmpersandAmpersand,

    /// <summary><c>||</c></summary>
    BarBar,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>?</c></summary>
    Question,

    /// <summary><c>??</c></summary>
    QuestionQuestion,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>(</c></summary>
    OpenParen,

    /// <summary><c>)</c></summary>
    CloseParen,

    /// <summary><c>[</c></summary>
    OpenBracket,

    /// <summary><c>]</c></summary>
    CloseBracket,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary><c>.</c></summary>
    Dot,

    /// <summary><c>=&gt;</c></summary>
    Arrow,

    /// <summary><c>{</c> (only in an array literal <c>new [] { ... }</c>).</summary>
    OpenBrace,

    /// <summary><c>}</c></summary>
    CloseBrace,

    /// <summary><c>not_in</c> (any case), the same as <c>not in</c>.</summary>
    NotInKeyword,
}
