using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>A history load read as numbers: <c>2 x 26 kg</c> is two implements of 26 kg each, 52 kg in all.</summary>
public sealed record LoggedLoad
{
    /// <summary>Kilograms in a pound, exactly.</summary>
    internal const double KilogramsPerPound = 0.45359237;

    /// <summary>The heaviest implement accepted, in kilograms; anything heavier is taken for a typing mistake.</summary>
    internal const double MaxKilogramsEach = 500;

    /// <summary>The most implements accepted, as in <c>4 x 10 kg</c>.</summary>
    internal const int MaxImplements = 4;

    /// <summary>How many implements were held: 2 for <c>2 x 26 kg</c>, 1 for <c>90 kg</c>.</summary>
    public required int Implements { get; init; }

    /// <summary>The weight of each implement in kilograms, converted from pounds when written in pounds.</summary>
    public required double KilogramsEach { get; init; }

    /// <summary>The weight of all the implements together, in kilograms.</summary>
    public double TotalKilograms => Implements * KilogramsEach;

    /// <summary>The unit the load was written in: <c>kg</c> or <c>lb</c> (<c>lbs</c> and any case included).</summary>
    public required string Unit { get; init; }

    /// <summary>
    /// Reads a load such as <c>90 kg</c>, <c>12.5kg</c>, <c>2 x 26 kg</c>, <c>2 × 26 kg</c> or <c>35 lbs</c>: an
    /// optional count of 1-4 implements and <c>x</c>, then a number above 0 (ASCII digits, a point for decimals) and
    /// <c>kg</c>, <c>lb</c> or <c>lbs</c> in any case, with spaces anywhere between and around them. Each implement
    /// must weigh at most 500 kg. Anything else, bodyweight included, is not a load. The text is read once from start
    /// to end, so hostile input costs no more than its length.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out LoggedLoad? load)
    {
        load = null;
        if (text is null)
        {
            return false;
        }

        var scanner = new Scanner(text);
        scanner.SkipSpaces();
        var first = scanner.Number();
        if (first.IsEmpty)
        {
            return false;
        }

        var implements = 1;
        var each = first;
        scanner.SkipSpaces();
        if (scanner.Times())
        {
            if (!IsWhole(first, out implements) || implements is < 1 or > MaxImplements)
            {
                return false;
            }

            scanner.SkipSpaces();
            each = scanner.Number();
            if (each.IsEmpty)
            {
                return false;
            }

            scanner.SkipSpaces();
        }

        if (scanner.Unit() is not { } unit)
        {
            return false;
        }

        scanner.SkipSpaces();
        var kilograms = double.Parse(each, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * (unit == "lb" ? KilogramsPerPound : 1);
        if (!scanner.AtEnd || !double.IsFinite(kilograms) || kilograms is <= 0 or > MaxKilogramsEach)
        {
            return false;
        }

        load = new LoggedLoad { Implements = implements, KilogramsEach = kilograms, Unit = unit };
        return true;
    }

    /// <summary>True for a load that says bodyweight: <c>bodyweight</c> or <c>bw</c>, in any case.</summary>
    internal static bool IsBodyweight(string text)
    {
        var word = text.AsSpan().Trim();
        return word.Equals("bodyweight", StringComparison.OrdinalIgnoreCase) || word.Equals("bw", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a resistance band, such as <c>green band</c> or <c>light bands</c>: a load, but not one in kilograms.</summary>
    internal static bool IsBand(string text)
    {
        var trimmed = text.AsSpan().Trim();
        var lastSpace = trimmed.LastIndexOfAny(' ', '\t');
        var word = lastSpace < 0 ? trimmed : trimmed[(lastSpace + 1)..];
        return word.Equals("band", StringComparison.OrdinalIgnoreCase) || word.Equals("bands", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsWhole(ReadOnlySpan<char> number, out int value)
    {
        value = 0;
        if (number.Length > 2 || number.Contains('.'))
        {
            return false;
        }

        foreach (var digit in number)
        {
            value = (value * 10) + (digit - '0');
        }

        return true;
    }

    // One forward pass over the text; every method either consumes what it recognises or leaves the position alone.
    private ref struct Scanner(string text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position;

        public readonly bool AtEnd => _position == _text.Length;

        public void SkipSpaces()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }
        }

        // ASCII digits, optionally a point and more digits: no sign, exponent, separator or other script's digits.
        public ReadOnlySpan<char> Number()
        {
            var start = _position;
            var end = Digits(start);
            if (end == start)
            {
                return default;
            }

            if (end < _text.Length && _text[end] == '.')
            {
                var fraction = Digits(end + 1);
                if (fraction == end + 1)
                {
                    return default;
                }

                end = fraction;
            }

            _position = end;
            return _text[start..end];
        }

        public bool Times()
        {
            if (_position < _text.Length && _text[_position] is 'x' or 'X' or '\u00D7')
            {
                _position++;
                return true;
            }

            return false;
        }

        public string? Unit()
        {
            var rest = _text[_position..];
            foreach (var (written, unit) in (ReadOnlySpan<(string, string)>)[("kg", "kg"), ("lbs", "lb"), ("lb", "lb")])
            {
                if (rest.StartsWith(written, StringComparison.OrdinalIgnoreCase))
                {
                    _position += written.Length;
                    return unit;
                }
            }

            return null;
        }

        private readonly int Digits(int from)
        {
            var i = from;
            while (i < _text.Length && char.IsAsciiDigit(_text[i]))
            {
                i++;
            }

            return i;
        }
    }
}
