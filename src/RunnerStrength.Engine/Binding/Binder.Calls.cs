using System.Collections.Immutable;
using System.Reflection;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Syntax;

namespace RunnerStrength.Engine.Binding;

/// <summary>Calls: string methods, Math, host functions and sequence methods with their lambdas.</summary>
internal sealed partial class Binder
{
    private static readonly string[] StringMethodNames = ["Contains", "StartsWith", "EndsWith", "ToLower", "ToUpper", "Trim"];
    private static readonly string[] MathMethodNames = ["Min", "Max", "Abs", "Round", "Floor", "Ceiling"];

    private BoundExpression BindCall(CallExpressionSyntax syntax)
    {
        if (syntax.Target is null)
        {
            return BindFunctionCall(syntax);
        }

        if (syntax.Target is NameExpressionSyntax { Name: var typeName } && IsTypeName(typeName) && !IsNameInScope(typeName))
        {
            return IsMath(typeName) ? BindMathCall(syntax) : BindStringStaticCall(syntax);
        }

        var target = BindExpression(syntax.Target);
        if (target is BoundError)
        {
            return target;
        }

        if (target.Type == typeof(string))
        {
            return BindStringCall(syntax, target);
        }

        if (TypeFacts.ElementType(target.Type) is { } element && SequenceMethods.Canonical(syntax.Name) is { } sequenceMethod)
        {
            return BindSequenceCall(syntax, target, element, sequenceMethod);
        }

        var targetType = TypeFacts.Underlying(target.Type);
        var exists = targetType.GetInterfaces().Prepend(targetType)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Any(m => string.Equals(m.Name, syntax.Name, StringComparison.OrdinalIgnoreCase));
        if (exists || syntax.Name is "GetType" or "ToString" or "Equals" or "GetHashCode")
        {
            return ErrorAt(syntax.NameSpan, syntax, DiagnosticCatalog.MethodNotAllowed, syntax.Name, AllowedHint(target.Type));
        }

        var known = TypeFacts.ElementType(target.Type) is not null ? SequenceMethods.Names : Enumerable.Empty<string>();
        return ErrorAt(syntax.NameSpan, syntax, DiagnosticCatalog.UnknownFunction, syntax.Name, DidYouMean(syntax.Name, known));
    }

    private static string AllowedHint(Type type) => TypeFacts.ElementType(type) is not null
        ? "; lists allow " + string.Join(", ", SequenceMethods.Names.Order(StringComparer.Ordinal))
        : "; only the data members of inputs can be read";

    private BoundExpression BindFunctionCall(CallExpressionSyntax syntax)
    {
        if (!_scope.Functions.TryGet(syntax.Name, out var function))
        {
            if (TryBindBuiltInFunction(syntax) is { } builtIn)
            {
                return builtIn;
            }

            var math = MathMethodNames.FirstOrDefault(n => string.Equals(n, syntax.Name, StringComparison.OrdinalIgnoreCase));
            var hint = math is not null ? $"; did you mean 'Math.{math}'?"
                : DidYouMean(syntax.Name, _scope.Functions.Functions.Select(f => f.Name).Concat(["iif", "np", "int", "long", "double", "decimal"]));
            var error = ErrorAt(syntax.NameSpan, syntax, DiagnosticCatalog.UnknownFunction, syntax.Name, hint);

            // The arguments may hold problems of their own; report them in the same run.
            foreach (var argument in syntax.Arguments.Where(a => a is not LambdaExpressionSyntax))
            {
                BindExpression(argument);
            }

            return error;
        }

        if (syntax.Arguments.Length != function.ParameterTypes.Length)
        {
            return Error(syntax, DiagnosticCatalog.WrongArgumentCount, function.Name, Plural(function.ParameterTypes.Length, "argument"), syntax.Arguments.Length);
        }

        var arguments = ImmutableArray.CreateBuilder<BoundExpression>();
        for (var i = 0; i < syntax.Arguments.Length; i++)
        {
            var argument = BindArgument(syntax.Arguments[i], function.ParameterTypes[i], i + 1, function.Name);
            if (argument is BoundError)
            {
                return argument;
            }

            arguments.Add(argument);
        }

        return new BoundFunctionCall(syntax, function.ReturnType, function, arguments.ToImmutable());
    }

    private BoundExpression BindArgument(ExpressionSyntax syntax, Type parameterType, int position, string function)
    {
        var argument = BindExpression(syntax);
        if (argument is BoundError)
        {
            return argument;
        }

        var spelled = SpellAs(argument, parameterType);
        if (spelled is BoundError)
        {
            return spelled;
        }

        if (spelled.Type == parameterType || TypeFacts.IsImplicitlyConvertible(spelled.Type, parameterType) || (spelled.Type == typeof(NullLiteral) && TypeFacts.CanBeNull(parameterType)))
        {
            return Convert(spelled, parameterType);
        }

        return Error(syntax, DiagnosticCatalog.WrongArgumentType, position, function, TypeFacts.Display(parameterType), TypeFacts.Display(argument.Type));
    }

    private BoundExpression BindStringStaticCall(CallExpressionSyntax syntax)
    {
        if (!string.Equals(syntax.Name, "IsNullOrEmpty", StringComparison.OrdinalIgnoreCase))
        {
            return ErrorAt(syntax.NameSpan, syntax, DiagnosticCatalog.UnknownFunction, "string." + syntax.Name, "; string allows only IsNullOrEmpty");
        }

        if (syntax.Arguments.Length != 1)
        {
            return Error(syntax, DiagnosticCatalog.WrongArgumentCount, "string.IsNullOrEmpty", "1 argument", syntax.Arguments.Length);
        }

        var argument = BindArgument(syntax.Arguments[0], typeof(string), 1, "string.IsNullOrEmpty");
        return argument is BoundError
            ? argument
            : new BoundCall(syntax, typeof(bool), typeof(string).GetMethod(nameof(string.IsNullOrEmpty), [typeof(string)])!, null, [argument]);
    }

    private BoundExpression BindStringCall(CallExpressionSyntax syntax, BoundExpression target)
    {
        var name = StringMethodNames.FirstOrDefault(n => string.Equals(n, syntax.Name, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            var exists = typeof(string).GetMethods().Any(m => string.Equals(m.Name, syntax.Name, StringComparison.OrdinalIgnoreCase));
            return exists
                ? ErrorAt(syntax.NameSpan, syntax, DiagnosticCatalog.MethodNotAllowed, syntax.Name, "; text allows " + string.Join(", ", StringMethodNames) + " and Length")
                : ErrorAt(syntax.NameSpan, syntax, DiagnosticCatalog.UnknownFunction, syntax.Name, DidYouMean(syntax.Name, StringMethodNames.Append("Length")));
        }

        var expected = name is "Contains" or "StartsWith" or "EndsWith" ? 1 : 0;
        if (syntax.Arguments.Length != expected)
        {
            return Error(syntax, DiagnosticCatalog.WrongArgumentCount, name, Plural(expected, "argument"), syntax.Arguments.Length);
        }

        switch (name)
        {
            case "ToLower":
                return new BoundCall(syntax, typeof(string), typeof(string).GetMethod(nameof(string.ToLowerInvariant), Type.EmptyTypes)!, target, []);
            case "ToUpper":
                return new BoundCall(syntax, typeof(string), typeof(string).GetMethod(nameof(string.ToUpperInvariant), Type.EmptyTypes)!, target, []);
            case "Trim":
                return new BoundCall(syntax, typeof(string), typeof(string).GetMethod(nameof(string.Trim), Type.EmptyTypes)!, target, []);
        }

        var argument = BindArgument(syntax.Arguments[0], typeof(string), 1, name);
        if (argument is BoundError)
        {
            return argument;
        }

        if (argument is BoundLiteral { Value: null })
        {
            return Error(syntax.Arguments[0], DiagnosticCatalog.NullNotAllowed, $"the text of '{name}'");
        }

        var ordinal = new BoundLiteral(syntax, typeof(StringComparison), StringComparison.Ordinal);
        var method = typeof(string).GetMethod(name, [typeof(string), typeof(StringComparison)])!;
        return new BoundCall(syntax, typeof(bool), method, target, [argument, ordinal]);
    }

    private BoundExpression BindMathCall(CallExpressionSyntax syntax)
    {
        var name = MathMethodNames.FirstOrDefault(n => string.Equals(n, syntax.Name, StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            return ErrorAt(syntax.NameSpan, syntax, DiagnosticCatalog.UnknownFunction, "Math." + syntax.Name, "; Math allows " + string.Join(", ", MathMethodNames));
        }

        var arguments = syntax.Arguments.Select(BindExpression).ToList();
        if (arguments.Exists(a => a is BoundError))
        {
            return new BoundError(syntax);
        }

        var (min, max) = name switch { "Min" or "Max" => (2, 2), "Round" => (1, 2), _ => (1, 1) };
        if (arguments.Count < min || arguments.Count > max)
        {
            return Error(syntax, DiagnosticCatalog.WrongArgumentCount, "Math." + name, min == max ? Plural(min, "argument") : $"{min} or {max} arguments", arguments.Count);
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (!TypeFacts.IsNumeric(arguments[i].Type) || TypeFacts.IsNullable(arguments[i].Type))
            {
                return Error(arguments[i].Syntax, DiagnosticCatalog.WrongArgumentType, i + 1, "Math." + name, "a number", TypeFacts.Display(arguments[i].Type) + (TypeFacts.IsNullable(arguments[i].Type) ? "; use ?? to give a default" : string.Empty));
            }
        }

        var type = name is "Min" or "Max" ? TypeFacts.PromoteNumeric(arguments[0].Type, arguments[1].Type) : TypeFacts.Widen(arguments[0].Type);
        if (type is null)
        {
            return Error(syntax, DiagnosticCatalog.WrongArgumentType, 2, "Math." + name, TypeFacts.Display(arguments[0].Type), TypeFacts.Display(arguments[1].Type));
        }

        if (name is "Round" or "Floor" or "Ceiling" && type != typeof(decimal))
        {
            type = typeof(double);
        }

        if (name == "Round")
        {
            // Round half away from zero, as people round (2.5 -> 3), not banker's rounding.
            var digits = arguments.Count == 2 ? ConvertTo(arguments[1], typeof(int), "the number of digits") : null;
            if (digits is BoundError)
            {
                return digits;
            }

            var away = new BoundLiteral(syntax, typeof(MidpointRounding), MidpointRounding.AwayFromZero);
            var parameterTypes = digits is null ? new[] { type, typeof(MidpointRounding) } : [type, typeof(int), typeof(MidpointRounding)];
            var round = typeof(Math).GetMethod(nameof(Math.Round), parameterTypes)!;
            ImmutableArray<BoundExpression> roundArguments = digits is null ? [Convert(arguments[0], type), away] : [Convert(arguments[0], type), digits, away];
            return new BoundCall(syntax, type, round, null, roundArguments);
        }

        var converted = arguments.Select(a => Convert(a, type)).ToImmutableArray();
        var method = typeof(Math).GetMethod(name, [.. Enumerable.Repeat(type, converted.Length)])!;
        return new BoundCall(syntax, method.ReturnType, method, null, converted);
    }

    private BoundExpression BindSequenceCall(CallExpressionSyntax syntax, BoundExpression source, Type element, string name)
    {
        var args = syntax.Arguments;

        // Both compare items with each other; a record's own Equals and GetHashCode are host code.
        if (name is "Distinct" or "Contains" && !TypeFacts.CanBeCompared(element))
        {
            return Error(syntax, DiagnosticCatalog.NotComparable, name, TypeFacts.Display(source.Type));
        }

        switch (name)
        {
            case "Any" or "Count" or "First" or "FirstOrDefault" or "Last" or "LastOrDefault" when args.Length == 0:
                return Sequence(syntax, source, name, [element], p => p.Length == 1, []);
            case "Distinct" when args.Length == 0:
                return Sequence(syntax, source, name, [element], p => p.Length == 1, []);
            case "Any" or "All" or "Count" or "First" or "FirstOrDefault" or "Last" or "LastOrDefault" or "Where" when args.Length == 1:
                {
                    var predicate = BindLambda(args[0], element, typeof(bool), name);
                    return predicate is BoundError ? predicate : Sequence(syntax, source, name, [element], IsPredicate, [predicate]);
                }

            case "Select" or "OrderBy" or "OrderByDescending" when args.Length == 1:
                {
                    var selector = BindLambda(args[0], element, null, name);
                    if (selector is not BoundLambda lambda)
                    {
                        return selector;
                    }

                    if (name != "Select" && !IsOrderable(lambda.Body.Type))
                    {
                        return Error(args[0], DiagnosticCatalog.WrongArgumentType, 1, name, OrderableValue, TypeFacts.Display(lambda.Body.Type));
                    }

                    return Sequence(syntax, source, name, [element, lambda.Body.Type], p => p[1].ParameterType.GetGenericArguments().Length == 2, [selector]);
                }

            case "Take" or "Skip" when args.Length == 1:
                {
                    var count = ConvertTo(BindExpression(args[0]), typeof(int), $"the count of {name}");
                    return count is BoundError ? count : Sequence(syntax, source, name, [element], p => p[1].ParameterType == typeof(int), [count]);
                }

            case "Contains" when args.Length == 1:
                {
                    var value = ConvertTo(BindExpression(args[0]), element, "the value of Contains");
                    return value is BoundError ? value : Sequence(syntax, source, name, [element], p => p[1].ParameterType.IsGenericParameter, [value]);
                }

            case "Min" or "Max" when args.Length == 0:
                return IsOrderable(element)
                    ? Sequence(syntax, source, name, [element], p => p.Length == 1 && p[0].ParameterType.IsGenericType, [])
                    : Error(syntax, DiagnosticCatalog.WrongItemType, name, OrderableItems, TypeFacts.Display(source.Type));
            case "Min" or "Max" when args.Length == 1:
                {
                    var selector = BindLambda(args[0], element, null, name);
                    if (selector is not BoundLambda lambda)
                    {
                        return selector;
                    }

                    return IsOrderable(lambda.Body.Type)
                        ? Sequence(syntax, source, name, [element, lambda.Body.Type], p => p[1].ParameterType.IsGenericType && p[1].ParameterType.GetGenericArguments().Length == 2, [selector])
                        : Error(args[0], DiagnosticCatalog.WrongArgumentType, 1, name, OrderableValue, TypeFacts.Display(lambda.Body.Type));
                }

            case "Sum" or "Average" when args.Length == 0:
                {
                    var method = SequenceMethods.FindNumeric(name, element, null);
                    return method is null
                        ? Error(syntax, DiagnosticCatalog.WrongItemType, name, "a list of numbers", TypeFacts.Display(source.Type))
                        : new BoundCall(syntax, method.ReturnType, method, source, []);
                }

            case "Sum" or "Average" when args.Length == 1:
                {
                    var selector = BindLambda(args[0], element, null, name);
                    if (selector is not BoundLambda lambda)
                    {
                        return selector;
                    }

                    var resultType = TypeFacts.IsNumeric(lambda.Body.Type)
                        ? (TypeFacts.IsNullable(lambda.Body.Type) ? TypeFacts.MakeNullable(TypeFacts.Widen(TypeFacts.Underlying(lambda.Body.Type))) : TypeFacts.Widen(lambda.Body.Type))
                        : null;
                    var method = resultType is null ? null : SequenceMethods.FindNumeric(name, element, resultType);
                    if (method is null)
                    {
                        return Error(args[0], DiagnosticCatalog.WrongArgumentType, 1, name, "a number", TypeFacts.Display(lambda.Body.Type));
                    }

                    var widened = lambda with { Body = Convert(lambda.Body, resultType!), Type = typeof(Func<,>).MakeGenericType(element, resultType!) };
                    return new BoundCall(syntax, method.ReturnType, method, source, [widened]);
                }

            default:
                return Error(syntax, DiagnosticCatalog.WrongArgumentCount, name, SequenceArity(name), args.Length);
        }
    }

    private const string OrderableItems = "items that can be ordered (numbers, text, dates or enums)";
    private const string OrderableValue = "a value that can be ordered (numbers, text, dates or enums)";

    /// <summary>
    /// Values Min, Max and OrderBy can compare. Anything else (a record, a list) would only fail while evaluating,
    /// with "at least one object must implement IComparable".
    /// </summary>
    private static bool IsOrderable(Type type)
    {
        var underlying = TypeFacts.Underlying(type);
        return underlying == typeof(string) || underlying == typeof(bool) || TypeFacts.IsNumeric(underlying) || underlying.IsEnum
            || (underlying.IsValueType && typeof(IComparable).IsAssignableFrom(underlying));
    }

    private static bool IsPredicate(ParameterInfo[] parameters) =>
        parameters.Length == 2 && parameters[1].ParameterType.IsGenericType
        && parameters[1].ParameterType.GetGenericTypeDefinition() == typeof(Func<,>)
        && parameters[1].ParameterType.GetGenericArguments()[1] == typeof(bool);

    private static string SequenceArity(string name) => name switch
    {
        "All" or "Where" or "Select" or "OrderBy" or "OrderByDescending" => "a lambda such as x => x.reps >= 15",
        "Take" or "Skip" or "Contains" => "1 argument",
        "Distinct" => "no arguments",
        _ => "no arguments or a lambda",
    };

    private static BoundCall Sequence(CallExpressionSyntax syntax, BoundExpression source, string name, Type[] typeArguments, Func<ParameterInfo[], bool> shape, ImmutableArray<BoundExpression> arguments)
    {
        var method = SequenceMethods.Find(name, arguments.Length + 1, typeArguments, shape)
            ?? throw new InvalidOperationException($"Enumerable.{name} with {arguments.Length + 1} parameters was not found");

        // The language has no ThenBy, so an ordered sequence is just a sequence (and can be held as an array).
        var type = method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(IOrderedEnumerable<>)
            ? typeof(IEnumerable<>).MakeGenericType(method.ReturnType.GetGenericArguments())
            : method.ReturnType;
        return new BoundCall(syntax, type, method, source, arguments);
    }

    private BoundExpression BindLambda(ExpressionSyntax syntax, Type element, Type? requiredResult, string method)
    {
        VariableSymbol parameter;
        ExpressionSyntax body;
        bool isImplicit;
        if (syntax is LambdaExpressionSyntax lambda)
        {
            if (IsNameInScope(lambda.Parameter))
            {
                ErrorAt(lambda.ParameterSpan, syntax, DiagnosticCatalog.InvalidLambda, $"the lambda parameter '{lambda.Parameter}' hides a name already in scope; choose another name");
                return new BoundError(syntax);
            }

            parameter = new VariableSymbol(lambda.Parameter, element);
            body = lambda.Body;
            isImplicit = false;
        }
        else
        {
            parameter = new VariableSymbol("it", element);
            body = syntax;
            isImplicit = true;
        }

        _lambdas.Add(new LambdaFrame(parameter, isImplicit));
        try
        {
            var boundBody = requiredResult == typeof(bool) ? BindCondition(body, $"the condition of {method}") : BindExpression(body);
            if (boundBody is BoundError)
            {
                return boundBody;
            }

            if (boundBody.Type == typeof(NullLiteral))
            {
                return Error(body, DiagnosticCatalog.NullNotAllowed, $"the result of the lambda of {method}");
            }

            return new BoundLambda(syntax, typeof(Func<,>).MakeGenericType(element, boundBody.Type), parameter, boundBody);
        }
        finally
        {
            _lambdas.RemoveAt(_lambdas.Count - 1);
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
