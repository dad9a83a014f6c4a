namespace RunnerStrength.Engine.Json;

public sealed partial class JsonParser
{
    /// <summary>What stands at the current position, in the words of a message: <c>']'</c>, <c>'True'</c>, "the end of the file".</summary>
    private string Found()
    {
        if (_position >= _text.Length)
        {
            return "the end of the file";
        }

        var c = _text[_position];
        if (char.IsAsciiLetter(c))
        {
            return $"'{Word(_position)}'";
        }

        return c switch
        {
            '/' when _position + 1 < _text.Length && _text[_position + 1] is '/' or '*' => "a comment; JSON has no comments",
            '\'' => "a single quote; JSON strings use double quotes",
            '\n' or '\r' => "a line break",
            < ' ' or '\u007F' => $"the control character U+{(int)c:X4}",
            _ when char.IsHighSurrogate(c) && _position + 1 < _text.Length => $"'{_text.Substring(_position, 2)}'",
            _ => $"'{c}'",
        };
    }

    private string TrailingCommaHint(string after) =>
        after == " after ','" && Peek() is ']' or '}' ? "; JSON allows no comma before a closing bracket" : string.Empty;

    private string Word(int start)
    {
        var end = start;
        while (end < _text.Length && end - start < 40 && (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] == '_'))
        {
            end++;
        }

        return _text[start..end];
    }
}
