using RunnerStrength.Coaching.Athletes;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class LoggedLoadTests
{
    private const double Pound = 0.45359237;

    public static TheoryData<string, int, double, string> Loads => new()
    {
        { "90 kg", 1, 90, "kg" },
        { "90kg", 1, 90, "kg" },
        { "90 KG", 1, 90, "kg" },
        { "12.5 kg", 1, 12.5, "kg" },
        { "2 x 26 kg", 2, 26, "kg" },
        { "2x26kg", 2, 26, "kg" },
        { "2 X 26 kg", 2, 26, "kg" },
        { "2 × 26 kg", 2, 26, "kg" },
        { "2×26kg", 2, 26, "kg" },
        { "1 x 90 kg", 1, 90, "kg" },
        { "4 x 10 kg", 4, 10, "kg" },
        { "35 lb", 1, 35 * Pound, "lb" },
        { "35 lbs", 1, 35 * Pound, "lb" },
        { "35lb", 1, 35 * Pound, "lb" },
        { "35 LBS", 1, 35 * Pound, "lb" },
        { "2 x 20 lb", 2, 20 * Pound, "lb" },
        { "  90 kg\t", 1, 90, "kg" },
        { "90\u00A0kg", 1, 90, "kg" },
        { "0.5 kg", 1, 0.5, "kg" },
        { "500 kg", 1, 500, "kg" },
        { "1102 lb", 1, 1102 * Pound, "lb" },
    };

    [Theory]
    [MemberData(nameof(Loads))]
    public void Loads_are_read_as_implements_and_kilograms(string text, int implements, double kilogramsEach, string unit)
    {
        LoggedLoad.TryParse(text, out var load).ShouldBeTrue();

        load.ShouldNotBeNull().ShouldSatisfyAllConditions(
            l => l.Implements.ShouldBe(implements),
            l => l.KilogramsEach.ShouldBe(kilogramsEach),
            l => l.TotalKilograms.ShouldBe(implements * kilogramsEach),
            l => l.Unit.ShouldBe(unit));
    }

    [Fact]
    public void Pounds_are_converted_at_the_exact_factor_without_rounding()
    {
        LoggedLoad.TryParse("35 lb", out var load).ShouldBeTrue();

        load.KilogramsEach.ShouldBe(15.87573295, tolerance: 1e-12);
        LoggedLoad.TryParse("2 x 20 lb", out var pair).ShouldBeTrue();
        pair.TotalKilograms.ShouldBe(18.1436948, tolerance: 1e-12);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("kg")]
    [InlineData("90")]
    [InlineData("90 g")]
    [InlineData("90 kgs")]
    [InlineData("90 kilograms")]
    [InlineData("90 kg kettlebell")]
    [InlineData("0 kg")]
    [InlineData("0.0 kg")]
    [InlineData("-5 kg")]
    [InlineData("+5 kg")]
    [InlineData("1e309 kg")]
    [InlineData("1e3 kg")]
    [InlineData("NaN kg")]
    [InlineData("Infinity kg")]
    [InlineData("12,5 kg")]
    [InlineData("12. kg")]
    [InlineData(".5 kg")]
    [InlineData("1.2.3 kg")]
    [InlineData("500.001 kg")]
    [InlineData("1103 lb")]
    [InlineData("0 x 20 kg")]
    [InlineData("5 x 20 kg")]
    [InlineData("2.5 x 20 kg")]
    [InlineData("2 x x 3 kg")]
    [InlineData("2 x 3 x 4 kg")]
    [InlineData("x 26 kg")]
    [InlineData("2 x kg")]
    [InlineData("26 kg x 2")]
    [InlineData("2 x 26")]
    [InlineData("٩٠ kg")]
    [InlineData("９０ kg")]
    [InlineData("९० kg")]
    [InlineData("RPE 8")]
    [InlineData("heavy")]
    [InlineData("bodyweight")]
    [InlineData("BW")]
    [InlineData("green band")]
    public void Anything_else_is_not_a_load(string text)
    {
        LoggedLoad.TryParse(text, out var load).ShouldBeFalse();
        load.ShouldBeNull();
    }

    [Fact]
    public void Null_is_not_a_load()
    {
        LoggedLoad.TryParse(null, out var load).ShouldBeFalse();
        load.ShouldBeNull();
    }

    [Fact]
    public void Ten_thousand_digits_are_refused_in_one_pass()
    {
        var digits = new string('9', 10_000);

        LoggedLoad.TryParse(digits + " kg", out _).ShouldBeFalse();
        LoggedLoad.TryParse("0." + new string('0', 10_000) + "1 kg", out var tiny).ShouldBeFalse("below the smallest double, it reads as 0");
        tiny.ShouldBeNull();
        LoggedLoad.TryParse(digits + " x 20 kg", out _).ShouldBeFalse();
        LoggedLoad.TryParse("2 x " + digits, out _).ShouldBeFalse();
    }

    [Fact]
    public void Hostile_input_is_read_in_time_proportional_to_its_length()
    {
        string[] hostile =
        [
            string.Concat(Enumerable.Repeat("2 x ", 250_000)) + "kg",
            string.Concat(Enumerable.Repeat("1.", 250_000)) + " kg",
            new string(' ', 1_000_000) + "x",
            new string('9', 1_000_000) + "x",
        ];

        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var text in hostile)
        {
            LoggedLoad.TryParse(text, out _).ShouldBeFalse();
        }

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData("bodyweight", true)]
    [InlineData(" Bodyweight ", true)]
    [InlineData("BW", true)]
    [InlineData("bw", true)]
    [InlineData("body", false)]
    [InlineData("bodyweight + 10 kg", false)]
    public void Bodyweight_is_recognised_in_any_case(string text, bool bodyweight)
    {
        LoggedLoad.IsBodyweight(text).ShouldBe(bodyweight);
    }

    [Theory]
    [InlineData("green band", true)]
    [InlineData("Heavy Bands", true)]
    [InlineData("band", true)]
    [InlineData("bandwidth", false)]
    [InlineData("band + 10 kg", false)]
    public void Bands_are_recognised_by_their_last_word(string text, bool band)
    {
        LoggedLoad.IsBand(text).ShouldBe(band);
    }
}
