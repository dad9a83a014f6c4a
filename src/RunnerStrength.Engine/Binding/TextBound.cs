namespace RunnerStrength.Engine.Binding;

/// <summary>
/// The most characters of text an expression can build, when that follows from its literals and params alone: what
/// load-time checks use to refuse params that grow geometrically (<c>b = a + a</c>, <c>c = b + b</c>...) before any
/// evaluation tries to build them. Text that depends on inputs or list items has no bound here; the memory budget
/// stops it when it runs.
/// </summary>
internal static class TextBound
{
    // The longest text a number, a date or true/false is written as ("-79228162514264337593543950335", 30 characters).
    private const long LongestScalar = 32;

    // Sums saturate here, far past any budget, so 64 doublings cannot wrap round to a small number.
    private const long Ceiling = long.MaxValue / 4;

    /// <summary>
    /// The most characters <paramref name="node"/> builds as text, or null when it is not text or its length depends on
    /// what only evaluation knows. <paramref name="variables"/> gives the bounds of the params in scope.
    /// </summary>
    public static long? MaxLength(BoundExpression node, Func<BoundExpression, long?> variables)
    {
        switch (node)
        {
            case BoundLiteral { Value: string text }:
                return text.Length;
            case BoundLiteral { Value: null }:
                return 0;
            case BoundLiteral literal when IsScalar(literal.Type):
                return LongestScalar;
            case BoundVariable or BoundGlobalParam:
                return variables(node);
            case BoundConversion conversion:
                return MaxLength(conversion.Operand, variables);
            case BoundEnumText enumText:
                return LongestName(TypeFacts.Underlying(enumText.Operand.Type));
            case BoundBinary { Kind: BinaryKind.Concatenation } concatenation:
                return Add(Shown(concatenation.Left, variables), Shown(concatenation.Right, variables));
            case BoundConditional conditional:
                return Max(MaxLength(conditional.WhenTrue, variables), MaxLength(conditional.WhenFalse, variables));
            case BoundCoalesce coalesce:
                return Max(MaxLength(coalesce.Left, variables), MaxLength(coalesce.Right, variables));
            case BoundNullPropagation propagation:
                return Max(MaxLength(propagation.Value, variables), MaxLength(propagation.Default, variables));
            case BoundCall { Method.DeclaringType: var declaring, Target: { } target, Type: var type } when declaring == typeof(string) && type == typeof(string):
                return MaxLength(target, variables);
            default:
                return null;
        }
    }

    /// <summary>Every text-joining node of <paramref name="node"/>, outermost first (lambda bodies included).</summary>
    public static IEnumerable<BoundBinary> Concatenations(BoundExpression node)
    {
        var pending = new Stack<BoundExpression>();
        pending.Push(node);
        while (pending.TryPop(out var current))
        {
            if (current is BoundBinary { Kind: BinaryKind.Concatenation } concatenation)
            {
                yield return concatenation;
            }

            foreach (var child in Children(current).Reverse())
            {
                pending.Push(child);
            }
        }
    }

    private static IEnumerable<BoundExpression> Children(BoundExpression node) => node switch
    {
        BoundMember member => [member.Target],
        BoundIndex index => [index.Target, index.Index],
        BoundUnary unary => [unary.Operand],
        BoundBinary binary => [binary.Left, binary.Right],
        BoundConversion conversion => [conversion.Operand],
        BoundEnumText enumText => [enumText.Operand],
        BoundConditional conditional => [conditional.Condition, conditional.WhenTrue, conditional.WhenFalse],
        BoundCoalesce coalesce => [coalesce.Left, coalesce.Right],
        BoundIn @in => [@in.Value, .. @in.Items, .. @in.Collection is null ? [] : new[] { @in.Collection }],
        BoundCall call => [.. call.Target is null ? [] : new[] { call.Target }, .. call.Arguments],
        BoundFunctionCall function => function.Arguments,
        BoundLambda lambda => [lambda.Body],
        BoundNumberConversion conversion => [conversion.Operand],
        BoundNullPropagation propagation => [propagation.Value, propagation.Default],
        BoundArray array => array.Items,
        _ => [],
    };

    // A value joined into text: text as it is, a number, date or true/false as at most LongestScalar characters.
    private static long? Shown(BoundExpression node, Func<BoundExpression, long?> variables)
    {
        while (node is BoundConversion conversion)
        {
            node = conversion.Operand;
        }

        var type = TypeFacts.Underlying(node.Type);
        return type == typeof(string) ? MaxLength(node, variables)
            : type.IsEnum ? LongestName(type)
            : IsScalar(type) ? LongestScalar
            : null;
    }

    private static long LongestName(Type enumType) => Math.Max(LongestScalar, EnumText.Names(enumType).Max(name => (long)name.Length));

    private static bool IsScalar(Type type) =>
        TypeFacts.IsNumeric(type) || type == typeof(bool) || type == typeof(DateOnly);

    private static long? Add(long? left, long? right) =>
        left is { } l && right is { } r ? Math.Min(Ceiling, l + r) : null;

    private static long? Max(long? left, long? right) =>
        left is { } l && right is { } r ? Math.Max(l, r) : null;
}
