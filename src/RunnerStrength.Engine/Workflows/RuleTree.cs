using System.Collections.Immutable;

namespace RunnerStrength.Engine.Workflows;

/// <summary>Walks nested rules without recursion.</summary>
internal static class RuleTree
{
    /// <summary>Every rule of <paramref name="rules"/> and their children, parents first, in file order.</summary>
    public static IEnumerable<RuleDefinition> PreOrder(ImmutableArray<RuleDefinition> rules)
    {
        var pending = new Stack<RuleDefinition>(rules.Reverse());
        while (pending.Count > 0)
        {
            var rule = pending.Pop();
            yield return rule;
            for (var i = rule.Rules.Length - 1; i >= 0; i--)
            {
                pending.Push(rule.Rules[i]);
            }
        }
    }
}
