using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Coaching.RulesEngine;

/// <summary>
/// Writes RunnerStrength's expressions in the dialect Dynamic LINQ 1.6.2 (RulesEngine 6.0.1's) reads. The two agree but
/// for four things, rewritten here and nothing else:
/// <list type="bullet">
/// <item>An enum compared with the word a file spells it with (<c>week.phase == "race-specific"</c>,
/// <c>day.run in ("easy", "recovery")</c>, <c>Contains("...")</c> on a list of them): Dynamic LINQ parses the text with
/// <c>Enum.Parse</c>, which knows only member names, so it becomes the member (<c>TrainingPhase.RaceSpecific</c>), and
/// the enum types go to RulesEngine as custom types. The shipped rules do this throughout.</item>
/// <item><c>in</c> over a nullable enum (<c>week.raceDistance in ("marathon", "ultra")</c>), which Dynamic LINQ cannot
/// apply ("No coercion operator is defined between types 'Nullable&lt;E&gt;' and 'Nullable&lt;Decimal&gt;'"): the same
/// test with <c>==</c>. The shipped Phase rules do this.</item>
/// <item><c>not in</c>, which Dynamic LINQ 1.6.2 does not read: <c>!(x in (...))</c>.</item>
/// <item>Text in single quotes, which Dynamic LINQ reads as one character: the same text in double quotes.</item>
/// </list>
/// The types come from the inputs' CLR types, found the way RunnerStrength's binder finds members (the exact name, else
/// the name in any case), through params, lambdas, <c>??</c> and conditionals; where a type cannot be followed the text
/// stays as it is (and a rule RulesEngine then cannot read fails with its message, as RS5063 says).
/// </summary>
internal sealed class DynamicLinqDialect
{
    private static readonly ExpressionLimits Limits = ExpressionLimits.Default;

    private readonly ImmutableArray<InputDeclaration> _inputs;
    private readonly Dictionary<string, Type?> _params;

    public DynamicLinqDialect(ImmutableArray<InputDeclaration> inputs)
    {
        _inputs = inputs;
        _params = new(StringComparer.Ordinal);
        EnumTypes = [];
        foreach (var input in inputs)
        {
            Collect(input.Type, []);
        }
    }

    private DynamicLinqDialect(DynamicLinqDialect outer)
    {
        _inputs = outer._inputs;
        _params = new(outer._params, StringComparer.Ordinal);
        EnumTypes = outer.EnumTypes;
    }

    /// <summary>The enum types the inputs hold (and so the rules may name), for RulesEngine's custom types.</summary>
    public HashSet<Type> EnumTypes { get; }

    /// <summary>A scope for a rule's local params: sees this one's params, adds its own.</summary>
    public DynamicLinqDialect Nested() => new(this);

    /// <summary>Declares a param (global or local) by its expression, so later expressions know its type.</summary>
    public void DeclareParam(string name, ExpressionText expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        _params[name] = Parser.Parse(expression, Limits).Root is { } root ? TypeOf(root, ImmutableDictionary<string, Type?>.Empty) : null;
    }

    /// <summary><paramref name="expression"/> as Dynamic LINQ should read it.</summary>
    public string Rewrite(ExpressionText expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (Parser.Parse(expression, Limits).Root is not { } root)
        {
            return expression.Text;
        }

        _text = expression.Text;
        var replacements = new List<(TextSpan Span, string Text)>();
        Walk(root, ImmutableDictionary<string, Type?>.Empty, replacements);
        return replacements.Count == 0 ? expression.Text : Apply(new TextSpan(0, expression.Text.Length), replacements);
    }

    // The text being rewritten.
    private string _text = string.Empty;

    /// <summary>The text of <paramref name="span"/> with <paramref name="replacements"/> (all inside it, none overlapping) made.</summary>
    private string Apply(TextSpan span, List<(TextSpan Span, string Text)> replacements)
    {
        var text = new StringBuilder(_text, span.Start, span.Length, span.Length + 16);
        foreach (var (inner, replacement) in replacements.OrderByDescending(r => r.Span.Start))
        {
            text.Remove(inner.Start - span.Start, inner.Length).Insert(inner.Start - span.Start, replacement);
        }

        return text.ToString();
    }

    private void Walk(ExpressionSyntax node, ImmutableDictionary<string, Type?> scope, List<(TextSpan, string)> replacements)
    {
        switch (node)
        {
            case BinaryExpressionSyntax binary:
                if (binary.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual)
                {
                    AsMember(binary.Right, EnumOf(TypeOf(binary.Left, scope)), replacements);
                    AsMember(binary.Left, EnumOf(TypeOf(binary.Right, scope)), replacements);
                }

                Walk(binary.Left, scope, replacements);
                Walk(binary.Right, scope, replacements);
                break;
            case InExpressionSyntax @in:
                var valueType = TypeOf(@in.Value, scope);
                if (@in.IsList && valueType is not null && Nullable.GetUnderlyingType(valueType) is { IsEnum: true } nullableEnum)
                {
                    // Dynamic LINQ cannot apply 'in' to a nullable enum ("No coercion operator is defined between types
                    // 'Nullable<E>' and 'Nullable<Decimal>'"): the same test written with ==, which it can.
                    replacements.Add((@in.Span, InAsEquality(@in, nullableEnum, scope)));
                }
                else if (@in.IsNegated)
                {
                    // Dynamic LINQ 1.6.2 has no 'not in': the negation of 'in'.
                    replacements.Add((@in.Span, NotIn(@in, @in.IsList ? EnumOf(valueType) : null, scope)));
                }
                else
                {
                    foreach (var item in @in.IsList ? @in.Items : [])
                    {
                        AsMember(item, EnumOf(valueType), replacements);
                    }

                    Walk(@in.Value, scope, replacements);
                    WalkAll(@in.Items, scope, replacements);
                }

                break;
            case LiteralExpressionSyntax { Value: string text } literal when _text[literal.Span.Start] == '\'' && !replacements.Exists(r => r.Item1 == literal.Span):
                // Text in single quotes is text here; Dynamic LINQ reads it as a character, and refuses more than one.
                replacements.Add((literal.Span, Quoted(text)));
                break;
            case CallExpressionSyntax call:
                var targetType = call.Target is null ? null : TypeOf(call.Target, scope);
                var element = ElementOf(targetType);
                if (call.Name == "Contains" && call.Arguments.Length == 1)
                {
                    AsMember(call.Arguments[0], EnumOf(element), replacements);
                }

                if (call.Target is not null)
                {
                    Walk(call.Target, scope, replacements);
                }

                foreach (var argument in call.Arguments)
                {
                    Walk(argument is LambdaExpressionSyntax lambda ? lambda.Body : argument, argument is LambdaExpressionSyntax l ? scope.SetItem(l.Parameter, element) : scope, replacements);
                }

                break;
            case MemberAccessExpressionSyntax member:
                Walk(member.Target, scope, replacements);
                break;
            case IndexExpressionSyntax index:
                Walk(index.Target, scope, replacements);
                WalkAll(index.Arguments, scope, replacements);
                break;
            case UnaryExpressionSyntax unary:
                Walk(unary.Operand, scope, replacements);
                break;
            case ConditionalExpressionSyntax conditional:
                Walk(conditional.Condition, scope, replacements);
                Walk(conditional.WhenTrue, scope, replacements);
                Walk(conditional.WhenFalse, scope, replacements);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                Walk(parenthesized.Expression, scope, replacements);
                break;
            case ArrayExpressionSyntax array:
                WalkAll(array.Items, scope, replacements);
                break;
            case LambdaExpressionSyntax lambda:
                Walk(lambda.Body, scope.SetItem(lambda.Parameter, null), replacements);
                break;
        }
    }

    /// <summary><c>x not in (a, b)</c> as <c>!((x) in (a, b))</c>, and <c>x not in list</c> as <c>!((x) in list)</c>.</summary>
    private string NotIn(InExpressionSyntax @in, Type? enumType, ImmutableDictionary<string, Type?> scope)
    {
        var inValue = new List<(TextSpan, string)>();
        Walk(@in.Value, scope, inValue);
        var items = new List<string>(@in.Items.Length);
        foreach (var item in @in.Items)
        {
            var inItem = new List<(TextSpan, string)>();
            AsMember(item, enumType, inItem);
            Walk(item, scope, inItem);
            items.Add(Apply(item.Span, inItem));
        }

        var list = @in.IsList ? $"({string.Join(", ", items)})" : items[0];
        return $"!(({Apply(@in.Value.Span, inValue)}) in {list})";
    }

    /// <summary>Text as a Dynamic LINQ string literal: in double quotes, with backslash escapes.</summary>
    private static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                _ when char.IsControl(c) => quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    /// <summary><c>x in (a, b)</c> as <c>((x) == a || (x) == b)</c>, <c>x not in (a, b)</c> as <c>!(...)</c>: the same outcome, null included.</summary>
    private string InAsEquality(InExpressionSyntax @in, Type enumType, ImmutableDictionary<string, Type?> scope)
    {
        var inValue = new List<(TextSpan, string)>();
        Walk(@in.Value, scope, inValue);
        var value = Apply(@in.Value.Span, inValue);
        var tests = new List<string>(@in.Items.Length);
        foreach (var item in @in.Items)
        {
            var inItem = new List<(TextSpan, string)>();
            AsMember(item, enumType, inItem);
            Walk(item, scope, inItem);
            tests.Add($"({value}) == ({Apply(item.Span, inItem)})");
        }

        var any = $"({string.Join(" || ", tests)})";
        return @in.IsNegated ? $"!{any}" : any;
    }

    private void WalkAll(ImmutableArray<ExpressionSyntax> nodes, ImmutableDictionary<string, Type?> scope, List<(TextSpan, string)> replacements)
    {
        foreach (var node in nodes)
        {
            Walk(node, scope, replacements);
        }
    }

    /// <summary>A text literal that spells a value of <paramref name="enumType"/>, rewritten as <c>Type.Member</c>.</summary>
    private void AsMember(ExpressionSyntax node, Type? enumType, List<(TextSpan, string)> replacements)
    {
        if (enumType is null || Unparenthesized(node) is not LiteralExpressionSyntax { Value: string word } literal)
        {
            return;
        }

        if (EnumText.TryParse(enumType, word, out var value) && Enum.GetName(enumType, value!) is { } member)
        {
            EnumTypes.Add(enumType);
            replacements.Add((literal.Span, $"{enumType.Name}.{member}"));
        }
    }

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax node) =>
        node is ParenthesizedExpressionSyntax parenthesized ? Unparenthesized(parenthesized.Expression) : node;

    /// <summary>The CLR type <paramref name="node"/> has, as far as members and sequence methods can be followed; null when not.</summary>
    private Type? TypeOf(ExpressionSyntax node, ImmutableDictionary<string, Type?> scope)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal:
                return literal.Value?.GetType();
            case NameExpressionSyntax name:
                return NameType(name.Name, scope);
            case MemberAccessExpressionSyntax member:
                return TypeOf(member.Target, scope) is { } target ? MemberType(target, member.Name) : null;
            case ParenthesizedExpressionSyntax parenthesized:
                return TypeOf(parenthesized.Expression, scope);
            case ConditionalExpressionSyntax conditional:
                return TypeOf(conditional.WhenTrue, scope) ?? TypeOf(conditional.WhenFalse, scope);
            case BinaryExpressionSyntax { Operator: BinaryOperator.Coalesce } coalesce:
                return TypeOf(coalesce.Left, scope) is { } left ? Nullable.GetUnderlyingType(left) ?? left : TypeOf(coalesce.Right, scope);
            case IndexExpressionSyntax index:
                return TypeOf(index.Target, scope) is { } indexed ? IndexedType(indexed) : null;
            case CallExpressionSyntax { Target: { } callTarget } call:
                return CallType(call, TypeOf(callTarget, scope), scope);
            default:
                return null;
        }
    }

    private Type? NameType(string name, ImmutableDictionary<string, Type?> scope)
    {
        if (scope.TryGetValue(name, out var variable))
        {
            return variable;
        }

        if (_params.TryGetValue(name, out var param))
        {
            return param;
        }

        var input = _inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal))
            ?? _inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
        return input?.Type;
    }

    private Type? CallType(CallExpressionSyntax call, Type? target, ImmutableDictionary<string, Type?> scope)
    {
        var element = ElementOf(target);
        if (element is null)
        {
            return null;
        }

        Type? LambdaBody() => call.Arguments is [LambdaExpressionSyntax lambda] ? TypeOf(lambda.Body, scope.SetItem(lambda.Parameter, element)) : null;
        return call.Name switch
        {
            "First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "Single" or "SingleOrDefault" or "ElementAt" or "ElementAtOrDefault" => element,
            "Where" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Skip" or "Take" or "Distinct" or "Reverse" or "ToList" or "ToArray" => target,
            "Select" => LambdaBody() is { } selected ? typeof(IEnumerable<>).MakeGenericType(selected) : null,
            "Max" or "Min" => call.Arguments.Length == 0 ? element : LambdaBody(),
            _ => null,
        };
    }

    /// <summary>A readable property or field of <paramref name="type"/> (or of an interface it extends): the exact name, else in any case.</summary>
    private static Type? MemberType(Type type, string name)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        IEnumerable<Type> types = type.IsInterface ? [type, .. type.GetInterfaces()] : [type];
        var members = types
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m is PropertyInfo { CanRead: true } p && p.GetIndexParameters().Length == 0 || m is FieldInfo)
            .ToList();
        var found = members.FirstOrDefault(m => m.Name == name) ?? members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
        return found switch
        {
            PropertyInfo property => property.PropertyType,
            FieldInfo field => field.FieldType,
            _ => null,
        };
    }

    private static Type? IndexedType(Type type)
    {
        var dictionary = Implemented(type, typeof(IReadOnlyDictionary<,>)) ?? Implemented(type, typeof(IDictionary<,>));
        return dictionary is not null ? dictionary.GetGenericArguments()[1] : ElementOf(type);
    }

    /// <summary>The item type of a list, array or other sequence (not of text); null for anything else.</summary>
    private static Type? ElementOf(Type? type)
    {
        if (type is null || type == typeof(string))
        {
            return null;
        }

        return type.IsArray ? type.GetElementType() : Implemented(type, typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    private static Type? Implemented(Type type, Type generic) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == generic
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic);

    private static Type? EnumOf(Type? type) => type is null ? null : (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;

    private void Collect(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type) || type == typeof(string) || type.IsPrimitive)
        {
            return;
        }

        if (type.IsEnum)
        {
            EnumTypes.Add(type);
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Collect(argument, seen);
            }
        }

        if (type.Assembly == typeof(object).Assembly)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Collect(property.PropertyType, seen);
        }
    }
}
