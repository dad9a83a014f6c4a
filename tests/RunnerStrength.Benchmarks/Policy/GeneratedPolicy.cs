using RunnerStrength.Coaching.Athletes;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>
/// The hand-written side of a generated rule set: one <c>Func&lt;AthleteProfile, bool&gt;</c> per rule, built from the
/// same templates and variants as the rule file (each lambda closes over its variant's constants), run in a loop that
/// stores each rule's result and nothing else.
/// </summary>
public sealed class GeneratedPolicy
{
    private readonly string[] _names;
    private readonly Func<AthleteProfile, bool>[] _predicates;

    private GeneratedPolicy(string[] names, Func<AthleteProfile, bool>[] predicates)
    {
        _names = names;
        _predicates = predicates;
    }

    public int Count => _predicates.Length;

    /// <summary>Rule <c>i</c> is variant <c>i / 30</c> of template <c>i % 30</c>, as in <see cref="RuleSetText.Workflow"/>.</summary>
    public static GeneratedPolicy Create(int ruleCount)
    {
        var names = new string[ruleCount];
        var predicates = new Func<AthleteProfile, bool>[ruleCount];
        for (var i = 0; i < ruleCount; i++)
        {
            var (template, variant) = RuleSetText.TemplateOf(i);
            names[i] = template.RuleName(variant);
            predicates[i] = template.Predicate(variant);
        }

        return new GeneratedPolicy(names, predicates);
    }

    /// <summary>The rules' names, in file order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Each rule's result, in file order.</summary>
    public bool[] Evaluate(AthleteProfile athlete)
    {
        var predicates = _predicates;
        var passed = new bool[predicates.Length];
        for (var i = 0; i < predicates.Length; i++)
        {
            passed[i] = predicates[i](athlete);
        }

        return passed;
    }
}
