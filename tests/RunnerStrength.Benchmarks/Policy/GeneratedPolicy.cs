using RunnerStrength.Coaching.Athletes;

namespace RunnerStrength.Benchmarks.Policy;

/// <summary>
/// The hand-written side of a generated rule set: one <c>Func&lt;AthleteProfile, bool&gt;</c> per rule, built from the
/// same templates and variants as the rule file (each lambda closes over its variant's constants), run in a loop.
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

    public List<string> Evaluate(AthleteProfile athlete)
    {
        var passed = new List<string>();
        var predicates = _predicates;
        for (var i = 0; i < predicates.Length; i++)
        {
            if (predicates[i](athlete))
            {
                passed.Add(_names[i]);
            }
        }

        return passed;
    }
}
