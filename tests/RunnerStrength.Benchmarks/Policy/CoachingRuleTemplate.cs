using RunnerStrength.Coaching.Athletes;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>
/// One coaching condition written three times: as a rule expression for our engine, as the same decision in the syntax
/// Microsoft RulesEngine (Dynamic LINQ) reads, and as the C# a developer would write for it, all varied by the same
/// variant number so the generated rule sets and the generated C# stay the same policy.
/// Variant 0 is the realistic rule itself; the others change its constants or the field it reads.
/// </summary>
public sealed record CoachingRuleTemplate(
    string Name,
    Func<int, string> Expression,
    Func<int, string> RulesEngineExpression,
    Func<int, Func<AthleteProfile, bool>> Predicate)
{
    /// <summary>The rule name of a variant: the template's name for variant 0, then <c>Name_k</c>.</summary>
    public string RuleName(int variant) => variant == 0 ? Name : $"{Name}_{variant}";
}
