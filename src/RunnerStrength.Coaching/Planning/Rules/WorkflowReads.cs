using System.Collections.Immutable;
using System.Reflection;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Workflows;

namespace RunnerStrength.Coaching.Planning.Rules;

/// <summary>
/// What a workflow's expressions read of each input, found in the rules' syntax: some members
/// (<c>session.intensity</c>), or the whole input when an expression uses it as a value, calls a method on it, or a rule
/// evaluates another workflow's rule with it. Rules are pure functions of what they read, so two inputs that agree
/// on it give the same result. The answer errs towards "whole": an expression that cannot be read reads everything.
/// </summary>
internal sealed class WorkflowReads
{
    private readonly ImmutableArray<InputReads> _inputs;

    private WorkflowReads(ImmutableArray<InputReads> inputs) => _inputs = inputs;

    /// <summary>What is read of the input at <paramref name="index"/> (in the workflow's input order).</summary>
    public InputReads this[int index] => _inputs[index];

    /// <summary>Finds what <paramref name="workflow"/>'s rules, params, messages and actions read of <paramref name="inputs"/>.</summary>
    public static WorkflowReads Of(WorkflowDefinition workflow, ImmutableArray<InputDeclaration> inputs, ExpressionLimits limits)
    {
        var walker = new Walker(inputs, limits);
        foreach (var param in workflow.GlobalParams)
        {
            walker.Read(param.Expression);
        }

        foreach (var rule in workflow.Rules)
        {
            walker.Read(rule);
        }

        return new WorkflowReads([.. inputs.Select((input, i) => walker.Result(i, input.Type))]);
    }

    private sealed class Walker(ImmutableArray<InputDeclaration> inputs, ExpressionLimits limits)
    {
        private readonly bool[] _whole = new bool[inputs.Length];
        private readonly HashSet<string>[] _members = [.. inputs.Select(_ => new HashSet<string>(StringComparer.Ordinal))];

        public void Read(RuleDefinition rule)
        {
            Read(rule.Expression);
            foreach (var param in rule.LocalParams)
            {
                Read(param.Expression);
            }

            foreach (var part in rule.ErrorMessage?.Parts ?? [])
            {
                Read(part.Expression);
            }

            Read(rule.OnSuccess);
            Read(rule.OnFailure);
            foreach (var child in rule.Rules)
            {
                Read(child);
            }
        }

        public void Read(Engine.Text.ExpressionText? text)
        {
            if (text is null)
            {
                return;
            }

            if (Parser.Parse(text, limits).Root is { } root)
            {
                Visit(root);
            }
            else
            {
                Array.Fill(_whole, true);
            }
        }

        public InputReads Result(int index, Type type)
        {
            if (_whole[index])
            {
                return InputReads.Whole;
            }

            var members = new List<MemberInfo>();
            foreach (var name in _members[index].Order(StringComparer.Ordinal))
            {
                var found = Members(type, name);
                if (found.Count == 0)
                {
                    return InputReads.Whole;
                }

                members.AddRange(found.Where(m => !members.Contains(m)));
            }

            return new InputReads([.. members]);
        }

        // The binder's lookup: the exact name, else any member of that name ignoring case (all of them, to be safe).
        private static List<MemberInfo> Members(Type type, string name)
        {
            var all = type.GetMembers(BindingFlags.Public | BindingFlags.Instance).Where(m => m is PropertyInfo { CanRead: true } or FieldInfo).ToList();
            var exact = all.Where(m => m.Name == name).ToList();
            return exact.Count > 0 ? exact : [.. all.Where(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))];
        }

        private void Read(ActionDefinition? action)
        {
            if (action is null)
            {
                return;
            }

            if (action.Kind == ActionKind.EvaluateRule)
            {
                // The other rule gets the same inputs and may read anything of them.
                Array.Fill(_whole, true);
            }

            Read(action.Expression);
        }

        private int InputIndex(string name)
        {
            for (var i = 0; i < inputs.Length; i++)
            {
                if (string.Equals(inputs[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        // A name that is also a lambda parameter or a param only makes the answer larger, never wrong.
        private void Visit(ExpressionSyntax node)
        {
            switch (node)
            {
                case MemberAccessExpressionSyntax { Target: NameExpressionSyntax target } member when InputIndex(target.Name) is >= 0 and var input:
                    _members[input].Add(member.Name);
                    break;
                case MemberAccessExpressionSyntax member:
                    Visit(member.Target);
                    break;
                case NameExpressionSyntax name when InputIndex(name.Name) is >= 0 and var input:
                    _whole[input] = true;
                    break;
                case NameExpressionSyntax or LiteralExpressionSyntax:
                    break;
                case IndexExpressionSyntax index:
                    Visit(index.Target);
                    VisitAll(index.Arguments);
                    break;
                case CallExpressionSyntax call:
                    if (call.Target is { } callTarget)
                    {
                        Visit(callTarget);
                    }

                    VisitAll(call.Arguments);
                    break;
                case UnaryExpressionSyntax unary:
                    Visit(unary.Operand);
                    break;
                case BinaryExpressionSyntax binary:
                    Visit(binary.Left);
                    Visit(binary.Right);
                    break;
                case ConditionalExpressionSyntax conditional:
                    Visit(conditional.Condition);
                    Visit(conditional.WhenTrue);
                    Visit(conditional.WhenFalse);
                    break;
                case InExpressionSyntax @in:
                    Visit(@in.Value);
                    VisitAll(@in.Items);
                    break;
                case LambdaExpressionSyntax lambda:
                    Visit(lambda.Body);
                    break;
                case ParenthesizedExpressionSyntax parenthesized:
                    Visit(parenthesized.Expression);
                    break;
                default:
                    // Syntax this walk does not know: assume it reads everything.
                    Array.Fill(_whole, true);
                    break;
            }
        }

        private void VisitAll(ImmutableArray<ExpressionSyntax> nodes)
        {
            foreach (var node in nodes)
            {
                Visit(node);
            }
        }
    }
}

/// <summary>What a workflow reads of one input: the whole of it, or only <see cref="Members"/> (none when it is not read).</summary>
internal sealed class InputReads(ImmutableArray<MemberInfo> members)
{
    /// <summary>The input is read as a whole (or in ways the analysis cannot follow).</summary>
    public static InputReads Whole { get; } = new([]) { IsWhole = true };

    public bool IsWhole { get; private init; }

    /// <summary>The members read, when not <see cref="IsWhole"/>.</summary>
    public ImmutableArray<MemberInfo> Members { get; } = members;
}
