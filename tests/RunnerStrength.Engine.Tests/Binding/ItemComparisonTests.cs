using System.Collections.Immutable;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Tests.Binding;

/// <summary>Only values the engine compares itself can be compared as items: a host object's Equals and GetHashCode are never called.</summary>
public sealed class ItemComparisonTests
{
    /// <summary>A host record whose equality must never run: it throws.</summary>
    public sealed class Tripwire
    {
        public int Size { get; init; }

        public override bool Equals(object? obj) => throw new InvalidOperationException("Equals ran");

        public override int GetHashCode() => throw new InvalidOperationException("GetHashCode ran");
    }

    public sealed record Ledger
    {
        public IReadOnlyList<Tripwire> Items { get; init; } = [new Tripwire { Size = 1 }, new Tripwire { Size = 2 }];

        public IReadOnlyDictionary<Tripwire, int> ByItem { get; init; } = new Dictionary<Tripwire, int>(ReferenceEqualityComparer.Instance);

        public IReadOnlyDictionary<Level, int> ByLevel { get; init; } = new Dictionary<Level, int> { [Level.Beginner] = 4 };
    }

    private static readonly ImmutableArray<InputDeclaration> Inputs = [InputDeclaration.Of<Ledger>("ledger"), InputDeclaration.Of<Athlete>("athlete")];

    [Theory]
    [InlineData("athlete.history.Distinct().Count() > 1", "Distinct", "a list of Entry", 1)]
    [InlineData("athlete.history.Contains(athlete.history.First())", "Contains", "a list of Entry", 1)]
    [InlineData("athlete.history.First() in athlete.history", "in", "a list of Entry", 28)]
    [InlineData("athlete.race in athlete.history.Select(h => athlete.race)", "in", "a list of Race", 17)]
    [InlineData("ledger.items.Distinct().Any()", "Distinct", "a list of Tripwire", 1)]
    [InlineData("ledger.items.Where(i => i.size > 0).Contains(ledger.items.First())", "Contains", "a list of Tripwire", 1)]
    [InlineData("ledger.byItem[ledger.items.First()] > 0", "[]", "keys of Tripwire", 1)]
    public void Comparing_records_as_items_is_refused_with_RS3128(string expression, string operation, string type, int column)
    {
        var result = ExpressionCompiler.Compile(ExpressionText.FromString(expression), Inputs);

        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Descriptor.ShouldBe(DiagnosticCatalog.NotComparable);
        error.Arguments.ShouldBe([operation, type]);
        error.Location.Column.ShouldBe(column);
        error.Message.ShouldBe($"'{operation}' cannot be applied to {type}; only text, numbers, true/false, dates and enum values can be compared");
    }

    [Fact]
    public void Equality_of_records_keeps_the_RS3103_wording_the_new_code_matches()
    {
        ExpressionHarness.SingleError("athlete.race == athlete.race").Message.ShouldBe("operator '==' cannot be applied to Race and Race");
    }

    [Theory]
    [InlineData("athlete.equipment.Distinct().Count()", 2)]
    [InlineData("athlete.history.Select(h => h.sets).Distinct().Count()", 1)]
    [InlineData("athlete.history.Select(h => h.reps).Distinct().Count()", 3)]
    [InlineData("athlete.weeklyKm.Contains(42)", true)]
    [InlineData("athlete.equipment.Contains(\"bands\")", true)]
    [InlineData("\"kettlebell\" in athlete.equipment", false)]
    [InlineData("athlete.level in (\"beginner\", \"intermediate\")", true)]
    [InlineData("athlete.week.monday in athlete.history.Select(h => athlete.week.tuesday)", false)]
    [InlineData("athlete.race.date in athlete.history.Select(h => athlete.race.date)", true)]
    [InlineData("athlete.injured in athlete.history.Select(h => false)", true)]
    [InlineData("athlete.scores[\"squat\"]", 80)]
    public void Text_numbers_enums_dates_and_booleans_still_compare(string expression, object expected)
    {
        ExpressionHarness.Evaluate(expression).ShouldBe(expected);
    }

    [Fact]
    public void A_dictionary_keyed_by_an_enum_still_reads()
    {
        var compiled = ExpressionCompiler.Compile(ExpressionText.FromString("ledger.byLevel[\"beginner\"]"), Inputs);
        compiled.Diagnostics.ShouldBeEmpty();
    }
}
