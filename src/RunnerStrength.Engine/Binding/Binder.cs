using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Binding;

/// <summary>
/// Turns a syntax tree into a type-checked bound tree against the inputs, params and functions in scope.
/// Only what is on the allow-list can be bound; everything else is a diagnostic. Split by concern:
/// names and members here, operators, calls and sequences in the other parts.
/// </summary>
internal sealed partial class Binder
{
    private readonly ExpressionText _text;
    private readonly BindingScope _scope;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<LambdaFrame> _lambdas = [];
    private readonly int _maxDepth;
    private bool _tooDeep;

    private Binder(ExpressionText text, BindingScope scope, int maxDepth, DiagnosticBag diagnostics)
    {
        _text = text;
        _scope = scope;
        _maxDepth = maxDepth;
        _diagnostics = diagnostics;
    }

    /// <summary>Binds <paramref name="syntax"/>; on failure reports to <paramref name="diagnostics"/> and returns a <see cref="BoundError"/>.</summary>
    /// <param name="text">The expression's text, for locations and messages.</param>
    /// <param name="syntax">The syntax tree.</param>
    /// <param name="scope">The names the expression can see.</param>
    /// <param name="maxDepth">The nesting limit, shown if a host's limit is so large that the stack runs short first.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static BoundExpression Bind(ExpressionText text, ExpressionSyntax syntax, BindingScope scope, int maxDepth, DiagnosticBag diagnostics) =>
        new Binder(text, scope, maxDepth, diagnostics).BindExpression(syntax);

    private BoundExpression BindExpression(ExpressionSyntax syntax)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            // Reported once: every level on the way back up would say the same.
            if (!_tooDeep)
            {
                _tooDeep = true;
                _diagnostics.Report(DiagnosticCatalog.ExpressionTooDeep, _text.GetLocation(syntax.Span), _maxDepth);
            }

            return new BoundError(syntax);
        }

        return BindNode(syntax);
    }

    private BoundExpression BindNode(ExpressionSyntax syntax) => syntax switch
    {
        LiteralExpressionSyntax literal => BindLiteral(literal),
        NameExpressionSyntax name => BindName(name),
        MemberAccessExpressionSyntax member => BindMemberAccess(member),
        IndexExpressionSyntax index => BindIndex(index),
        CallExpressionSyntax call => BindCall(call),
        UnaryExpressionSyntax unary => BindUnary(unary),
        BinaryExpressionSyntax binary => BindBinary(binary),
        ConditionalExpressionSyntax conditional => BindConditional(conditional),
        InExpressionSyntax @in => BindIn(@in),
        ParenthesizedExpressionSyntax parenthesized => BindExpression(parenthesized.Expression),
        ArrayExpressionSyntax array => BindArray(array),
        LambdaExpressionSyntax lambda => Error(lambda, DiagnosticCatalog.InvalidLambda, "a lambda can only be an argument of a list method such as Any, Where or Select"),
        _ => throw new InvalidOperationException($"unknown syntax {syntax.GetType().Name}"),
    };

    private static BoundExpression BindLiteral(LiteralExpressionSyntax literal) =>
        new BoundLiteral(literal, literal.Value?.GetType() ?? typeof(NullLiteral), literal.Value);

    private BoundExpression BindName(NameExpressionSyntax syntax)
    {
        var name = syntax.Name;
        for (var i = _lambdas.Count - 1; i >= 0; i--)
        {
            var lambda = _lambdas[i];
            if (string.Equals(lambda.Parameter.Name, name, StringComparison.OrdinalIgnoreCase)
                || (i == _lambdas.Count - 1 && string.Equals(name, "it", StringComparison.OrdinalIgnoreCase)))
            {
                return new BoundVariable(syntax, lambda.Parameter.Type, lambda.Parameter);
            }
        }

        for (var i = _scope.Locals.Length - 1; i >= 0; i--)
        {
            var local = _scope.Locals[i];
            if (string.Equals(local.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                // A param that failed to bind was reported already; don't report every use of it again.
                return local.Type == typeof(BoundError) ? new BoundError(syntax) : new BoundVariable(syntax, local.Type, local);
            }
        }

        for (var i = _scope.Globals.Length - 1; i >= 0; i--)
        {
            if (string.Equals(_scope.Globals[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return _scope.Globals[i].Type == typeof(BoundError)
                    ? new BoundError(syntax)
                    : new BoundGlobalParam(syntax, _scope.Globals[i].Type, i, _scope.Globals[i].Name);
            }
        }

        for (var i = 0; i < _scope.Inputs.Length; i++)
        {
            if (string.Equals(_scope.Inputs[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return new BoundInput(syntax, _scope.Inputs[i].Type, i, _scope.Inputs[i].Name);
            }
        }

        // Inside an implicit lambda (Any(reps >= 15)) a bare name is a member of the current element.
        if (_lambdas.Count > 0 && _lambdas[^1].IsImplicit)
        {
            var it = _lambdas[^1].Parameter;
            if (ShapedTypes.ShapeOf(it.Type)?.Member(name) is not null)
            {
                return BindShapedMember(syntax, syntax.Span, name, new BoundVariable(syntax, it.Type, it), it.Name)!;
            }

            var member = MemberPolicy.Find(it.Type, name);
            if (member is not null)
            {
                return new BoundMember(syntax, MemberPolicy.TypeOf(member), new BoundVariable(syntax, it.Type, it), member);
            }
        }

        if (IsTypeName(name))
        {
            return Error(syntax, DiagnosticCatalog.TypeAsValue, name, IsMath(name) ? "Math.Max(a, b)" : "string.IsNullOrEmpty(text)");
        }

        if (HostTypeNames.IsHostType(name))
        {
            return Error(syntax, DiagnosticCatalog.TypeNotAllowed, name);
        }

        var candidates = _scope.Names.Concat(_lambdas.Select(l => l.Parameter.Name));
        if (_lambdas.Count > 0 && _lambdas[^1].IsImplicit)
        {
            candidates = candidates.Concat(MemberPolicy.ReadableMembers(_lambdas[^1].Parameter.Type).Select(m => MemberPolicy.DisplayName(m.Name)))
                .Concat(ShapedTypes.ShapeOf(_lambdas[^1].Parameter.Type)?.Members.Keys ?? []);
        }

        return Error(syntax, DiagnosticCatalog.UnknownName, name, DidYouMean(name, candidates));
    }

    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax)
    {
        if (syntax.Target is NameExpressionSyntax typeName && IsTypeName(typeName.Name) && !IsNameInScope(typeName.Name))
        {
            // Math.PI, string.Empty: fields and properties of the two types are not on the allow-list, only their functions.
            var allowed = IsMath(typeName.Name) ? "; Math allows only the functions " + string.Join(", ", MathMethodNames) : "; string allows only the function IsNullOrEmpty";
            return ErrorAt(syntax.NameSpan, syntax, DiagnosticCatalog.UnknownMember, typeName.Name, syntax.Name, allowed);
        }

        var target = BindExpression(syntax.Target);
        if (target is BoundError)
        {
            return target;
        }

        if (BindShapedMember(syntax, syntax.NameSpan, syntax.Name, target, SourceOf(syntax.Target)) is { } shaped)
        {
            return shaped;
        }

        var type = target.Type;
        var lookupType = TypeFacts.Underlying(type);
        var member = MemberPolicy.Find(lookupType, syntax.Name);
        if (TypeFacts.IsNullable(type) && NullableMember(type, syntax.Name, member is not null) is { } nullableMember)
        {
            return new BoundMember(syntax, nullableMember.PropertyType, target, nullableMember);
        }

        if (member is null)
        {
            var known = MemberPolicy.ReadableMembers(lookupType).Select(m => MemberPolicy.DisplayName(m.Name));
            return ErrorAt(syntax.NameSpan, syntax, DiagnosticCatalog.UnknownMember, SourceOf(syntax.Target), syntax.Name, DidYouMean(syntax.Name, known));
        }

        return new BoundMember(syntax, MemberPolicy.TypeOf(member), target, member);
    }

    private BoundExpression BindIndex(IndexExpressionSyntax syntax)
    {
        var target = BindExpression(syntax.Target);
        if (target is BoundError)
        {
            return target;
        }

        if (syntax.Arguments.Length != 1)
        {
            return Error(syntax, DiagnosticCatalog.NotIndexable, SourceOf(syntax.Target), $"{syntax.Arguments.Length} indexes");
        }

        var index = BindExpression(syntax.Arguments[0]);
        if (index is BoundError)
        {
            return index;
        }

        var type = target.Type;
        if (type == typeof(string) || type.IsSZArray || ListElement(type) is not null)
        {
            var element = type == typeof(string) ? typeof(string) : type.IsSZArray ? type.GetElementType()! : ListElement(type)!;
            var converted = ConvertTo(index, typeof(int), "the index");
            if (converted is BoundError)
            {
                return converted;
            }

            var getter = type == typeof(string) || type.IsSZArray ? null : typeof(IReadOnlyList<>).MakeGenericType(element).GetProperty("Item")!.GetMethod;
            return new BoundIndex(syntax, element, target, converted, getter);
        }

        var dictionary = DictionaryTypes(type);
        if (dictionary is { } kv)
        {
            if (!TypeFacts.CanBeCompared(kv.Key))
            {
                // Finding a key hashes and compares it: a record key would run the host type's GetHashCode and Equals.
                return Error(syntax, DiagnosticCatalog.NotComparable, "[]", $"keys of {TypeFacts.Display(kv.Key)}");
            }

            var key = ConvertTo(index, kv.Key, "the key");
            if (key is BoundError)
            {
                return key;
            }

            var getter = typeof(IReadOnlyDictionary<,>).MakeGenericType(kv.Key, kv.Value).GetProperty("Item")!.GetMethod;
            return new BoundIndex(syntax, kv.Value, target, key, getter);
        }

        return Error(syntax, DiagnosticCatalog.NotIndexable, SourceOf(syntax.Target), TypeFacts.Display(index.Type));
    }

    /// <summary>
    /// <c>HasValue</c> in any case, and <c>Value</c> as written or, when the value's own type has no member of that
    /// name, in any case.
    /// </summary>
    private static System.Reflection.PropertyInfo? NullableMember(Type nullable, string name, bool underlyingHasMember)
    {
        if (string.Equals(name, "HasValue", StringComparison.OrdinalIgnoreCase))
        {
            return nullable.GetProperty("HasValue");
        }

        var isValue = name == "Value" || (!underlyingHasMember && string.Equals(name, "Value", StringComparison.OrdinalIgnoreCase));
        return isValue ? nullable.GetProperty("Value") : null;
    }

    private static Type? ListElement(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return type.GetGenericArguments()[0];
        }

        var list = type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyList<>));
        return list?.GetGenericArguments()[0];
    }

    private static KeyValuePair<Type, Type>? DictionaryTypes(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));
        if (dictionary is null)
        {
            return null;
        }

        var args = dictionary.GetGenericArguments();
        return new KeyValuePair<Type, Type>(args[0], args[1]);
    }

    private bool IsNameInScope(string name) =>
        _scope.Names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
        || _lambdas.Any(l => string.Equals(l.Parameter.Name, name, StringComparison.OrdinalIgnoreCase));

    // Like keywords, the two type names are read in any case: `math.max(a, b)`, `STRING.IsNullOrEmpty(x)`.
    private static bool IsTypeName(string name) => IsMath(name) || string.Equals(name, "string", StringComparison.OrdinalIgnoreCase);

    private static bool IsMath(string name) => string.Equals(name, "Math", StringComparison.OrdinalIgnoreCase);

    private string SourceOf(ExpressionSyntax syntax) => _text.Text.Substring(syntax.Span.Start, Math.Min(syntax.Span.Length, _text.Text.Length - syntax.Span.Start));

    private static string DidYouMean(string name, IEnumerable<string> candidates)
    {
        var best = NameSuggester.Suggest(name, candidates.Distinct(StringComparer.Ordinal));
        return best is null ? string.Empty : $"; did you mean '{best}'?";
    }

    private BoundError Error(ExpressionSyntax syntax, DiagnosticDescriptor descriptor, params object?[] arguments) =>
        ErrorAt(syntax.Span, syntax, descriptor, arguments);

    private BoundError ErrorAt(TextSpan span, ExpressionSyntax syntax, DiagnosticDescriptor descriptor, params object?[] arguments)
    {
        _diagnostics.Report(descriptor, _text.GetLocation(span), arguments);
        return new BoundError(syntax);
    }

    private sealed record LambdaFrame(VariableSymbol Parameter, bool IsImplicit);
}
