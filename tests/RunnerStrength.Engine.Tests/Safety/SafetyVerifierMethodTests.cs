using System.Collections;
using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;
using System.Reflection.Emit;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Evaluation;
using RunnerStrength.Engine.Tests.Evaluation;
using static RunnerStrength.Engine.Tests.Safety.HandBuiltTrees;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// The methods the safety walk lets a tree call, directly, as a conversion or as an operator, and the near misses
/// beside each allowance: another overload, another declaring type, another special name.
/// </summary>
public sealed class SafetyVerifierMethodTests
{
    private static MethodInfo Method(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, genericParameterCount: 0, parameters) ?? throw new InvalidOperationException($"{type.Name}.{name} not found");

    private static MethodInfo Generic(Type type, string name, params Type[] typeArguments) =>
        type.GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition).MakeGenericMethod(typeArguments);

    public static TheoryData<string, MethodInfo> AllowedMethods => new()
    {
        { "string.IsNullOrEmpty", Method(typeof(string), nameof(string.IsNullOrEmpty), typeof(string)) },
        { "string.Contains ordinal", Method(typeof(string), nameof(string.Contains), typeof(string), typeof(StringComparison)) },
        { "string.StartsWith ordinal", Method(typeof(string), nameof(string.StartsWith), typeof(string), typeof(StringComparison)) },
        { "string.EndsWith ordinal", Method(typeof(string), nameof(string.EndsWith), typeof(string), typeof(StringComparison)) },
        { "string.ToLowerInvariant", Method(typeof(string), nameof(string.ToLowerInvariant)) },
        { "string.ToUpperInvariant", Method(typeof(string), nameof(string.ToUpperInvariant)) },
        { "string.Trim", Method(typeof(string), nameof(string.Trim)) },
        { "string.CompareOrdinal", Method(typeof(string), nameof(string.CompareOrdinal), typeof(string), typeof(string)) },
        { "EvaluationFrame.ReadGlobal", Method(typeof(EvaluationFrame), nameof(EvaluationFrame.ReadGlobal), typeof(int)) },
        { "EvaluationFrame.Step", Method(typeof(EvaluationFrame), nameof(EvaluationFrame.Step)) },
        { "EvaluationFrame.ReserveItems", Method(typeof(EvaluationFrame), nameof(EvaluationFrame.ReserveItems), typeof(int)) },
        { "RuntimeSupport.ConvertNumber", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.ConvertNumber), typeof(double), typeof(int)) },
        { "RuntimeSupport.ConvertNumber", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.ConvertNumber), typeof(long), typeof(decimal)) },
        { "RuntimeSupport.ParseNumber", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.ParseNumber), typeof(decimal)) },
        { "RuntimeSupport.ContainsText", typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.ContainsText))! },
        { "RuntimeSupport.CharAt", Method(typeof(RuntimeSupport), nameof(RuntimeSupport.CharAt), typeof(string), typeof(int)) },
        { "RuntimeSupport.Finite", typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.Finite))! },
        { "RuntimeSupport.DivideDecimal", typeof(RuntimeSupport).GetMethod(nameof(RuntimeSupport.DivideDecimal))! },
        { "RuntimeSupport.Record", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.Record), typeof(int)) },
        { "RuntimeSupport.Materialize", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.Materialize), typeof(int)) },
        { "RuntimeSupport.Lookup", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.Lookup), typeof(string), typeof(int)) },
        { "RuntimeSupport.NullValue", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.NullValue), typeof(int)) },
        { "RuntimeSupport.Add", Method(typeof(RuntimeSupport), nameof(RuntimeSupport.Add), typeof(int), typeof(int), typeof(Diagnostic)) },
        { "RuntimeSupport.Subtract", Method(typeof(RuntimeSupport), nameof(RuntimeSupport.Subtract), typeof(long), typeof(long), typeof(Diagnostic)) },
        { "RuntimeSupport.Multiply", Method(typeof(RuntimeSupport), nameof(RuntimeSupport.Multiply), typeof(long), typeof(long), typeof(Diagnostic)) },
        { "RuntimeSupport.Negate", Method(typeof(RuntimeSupport), nameof(RuntimeSupport.Negate), typeof(int), typeof(Diagnostic)) },
        { "RuntimeSupport.Divide", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.Divide), typeof(int)) },
        { "RuntimeSupport.NotNullArgument", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.NotNullArgument), typeof(string)) },
        { "ShapedReads.Read", ShapedReads.ReadMethod.MakeGenericMethod(typeof(int)) },
        { "ShapedReads.Read", ShapedReads.ReadMethod.MakeGenericMethod(typeof(string)) },
        { "SequenceLoops.Any", Generic(typeof(SequenceLoops), nameof(SequenceLoops.Any), typeof(Entry)) },
        { "SequenceLoops.All", Generic(typeof(SequenceLoops), nameof(SequenceLoops.All), typeof(Entry)) },
        { "SequenceLoops.Count", Generic(typeof(SequenceLoops), nameof(SequenceLoops.Count), typeof(Entry)) },
        { "SequenceLoops.Sum", Generic(typeof(SequenceLoops), nameof(SequenceLoops.Sum), typeof(Entry), typeof(int)) },
        { "SequenceLoops.Bind", Generic(typeof(SequenceLoops), nameof(SequenceLoops.Bind), typeof(Entry), typeof(string)) },
        { "EnumText<T>.Get", typeof(EnumText<Level>).GetMethod(nameof(EnumText<Level>.Get))! },
        { "Math.Min", Method(typeof(Math), nameof(Math.Min), typeof(int), typeof(int)) },
        { "Math.Max", Method(typeof(Math), nameof(Math.Max), typeof(decimal), typeof(decimal)) },
        { "Math.Abs", Method(typeof(Math), nameof(Math.Abs), typeof(double)) },
        { "Math.Round", Method(typeof(Math), nameof(Math.Round), typeof(double), typeof(MidpointRounding)) },
        { "Math.Floor", Method(typeof(Math), nameof(Math.Floor), typeof(double)) },
        { "Math.Ceiling", Method(typeof(Math), nameof(Math.Ceiling), typeof(decimal)) },
        { "IReadOnlyList<T> indexer", typeof(IReadOnlyList<int>).GetProperty("Item")!.GetMethod! },
        { "IReadOnlyDictionary<K, V> indexer", typeof(IReadOnlyDictionary<string, int>).GetProperty("Item")!.GetMethod! },
        { "Enumerable.Where", typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Where)).MakeGenericMethod(typeof(Entry)) },
        { "Enumerable.Sum of ints", Method(typeof(Enumerable), nameof(Enumerable.Sum), typeof(IEnumerable<int>)) },
        { "Enumerable.Distinct of text", typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Distinct) && m.GetParameters().Length == 1).MakeGenericMethod(typeof(string)) },
        { "string ==", Method(typeof(string), "op_Equality", typeof(string), typeof(string)) },
        { "decimal +", Method(typeof(decimal), "op_Addition", typeof(decimal), typeof(decimal)) },
        { "DateOnly <", Method(typeof(DateOnly), "op_LessThan", typeof(DateOnly), typeof(DateOnly)) },
        { "DateTime -", Method(typeof(DateTime), "op_Subtraction", typeof(DateTime), typeof(DateTime)) },
        { "DateTimeOffset >=", Method(typeof(DateTimeOffset), "op_GreaterThanOrEqual", typeof(DateTimeOffset), typeof(DateTimeOffset)) },
        { "TimeSpan +", Method(typeof(TimeSpan), "op_Addition", typeof(TimeSpan), typeof(TimeSpan)) },
        { "TimeOnly >", Method(typeof(TimeOnly), "op_GreaterThan", typeof(TimeOnly), typeof(TimeOnly)) },
    };

    [Theory]
    [MemberData(nameof(AllowedMethods))]
    public void A_method_on_the_allow_list_passes(string method, MethodInfo info)
    {
        method.ShouldNotBeEmpty();
        Verify(CallWithDefaults(info)).ShouldBeEmpty();
    }

    public static TheoryData<string, MethodInfo> RefusedMethods => new()
    {
        { "the method String.Contains", Method(typeof(string), nameof(string.Contains), typeof(char)) },
        { "the method String.Contains", Method(typeof(string), nameof(string.Contains), typeof(string)) },
        { "the method String.StartsWith", Method(typeof(string), nameof(string.StartsWith), typeof(string)) },
        { "the method String.EndsWith", Method(typeof(string), nameof(string.EndsWith), typeof(string), typeof(bool), typeof(System.Globalization.CultureInfo)) },
        { "the method String.ToLower", Method(typeof(string), nameof(string.ToLower)) },
        { "the method String.ToUpper", Method(typeof(string), nameof(string.ToUpper)) },
        { "the method String.Trim", Method(typeof(string), nameof(string.Trim), typeof(char[])) },
        { "the method String.IsNullOrWhiteSpace", Method(typeof(string), nameof(string.IsNullOrWhiteSpace), typeof(string)) },
        { "the method String.Compare", Method(typeof(string), nameof(string.Compare), typeof(string), typeof(string)) },
        { "the method String.Intern", Method(typeof(string), nameof(string.Intern), typeof(string)) },
        { "the method String.get_Length", typeof(string).GetProperty(nameof(string.Length))!.GetMethod! },
        { "the method EvaluationFrame.ResetSteps", Method(typeof(EvaluationFrame), nameof(EvaluationFrame.ResetSteps)) },
        { "the method EvaluationFrame.SetGlobal", Method(typeof(EvaluationFrame), nameof(EvaluationFrame.SetGlobal), typeof(int), typeof(object)) },
        { "the method EvaluationFrame.FailGlobal", Method(typeof(EvaluationFrame), nameof(EvaluationFrame.FailGlobal), typeof(int), typeof(Exception)) },
        { "the method RuntimeSupport.Format", Method(typeof(RuntimeSupport), nameof(RuntimeSupport.Format), typeof(object)) },
        { "the method Math.Sqrt", Method(typeof(Math), nameof(Math.Sqrt), typeof(double)) },
        { "the method Math.Pow", Method(typeof(Math), nameof(Math.Pow), typeof(double), typeof(double)) },
        { "the method MathF.Floor", Method(typeof(MathF), nameof(MathF.Floor), typeof(float)) },
        { "the method Decimal.Round", Method(typeof(decimal), nameof(decimal.Round), typeof(decimal)) },
        { "the method List`1.get_Item", typeof(List<int>).GetProperty("Item")!.GetMethod! },
        { "the method IList`1.get_Item", typeof(IList<int>).GetProperty("Item")!.GetMethod! },
        { "the method Dictionary`2.get_Item", typeof(Dictionary<string, int>).GetProperty("Item")!.GetMethod! },
        { "the method ArrayList.get_Item", typeof(ArrayList).GetProperty("Item")!.GetMethod! },
        { "the method IReadOnlyDictionary`2.ContainsKey", Method(typeof(IReadOnlyDictionary<string, int>), nameof(IReadOnlyDictionary<string, int>.ContainsKey), typeof(string)) },
        { "the method IReadOnlyCollection`1.get_Count", typeof(IReadOnlyCollection<int>).GetProperty("Count")!.GetMethod! },
        { "the method DateTime.get_Now", typeof(DateTime).GetProperty(nameof(DateTime.Now))!.GetMethod! },
        { "the method DateTime.Parse", Method(typeof(DateTime), nameof(DateTime.Parse), typeof(string)) },
        { "the method DateOnly.FromDateTime", Method(typeof(DateOnly), nameof(DateOnly.FromDateTime), typeof(DateTime)) },
        { "the method TimeSpan.get_TotalDays", typeof(TimeSpan).GetProperty(nameof(TimeSpan.TotalDays))!.GetMethod! },
        { "the method BigInteger.op_Addition", Method(typeof(BigInteger), "op_Addition", typeof(BigInteger), typeof(BigInteger)) },
        { "the method RuntimeSupport.ConvertNumber", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.ConvertNumber), typeof(BigInteger), typeof(int)) },
        { "the method RuntimeSupport.ConvertNumber", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.ConvertNumber), typeof(int), typeof(Half)) },
        { "the method RuntimeSupport.ParseNumber", Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.ParseNumber), typeof(BigInteger)) },
        { "the method EvaluationFrame.Reserve", Method(typeof(EvaluationFrame), nameof(EvaluationFrame.Reserve), typeof(long)) },
        { "the method Guid.op_Equality", Method(typeof(Guid), "op_Equality", typeof(Guid), typeof(Guid)) },
        { "the method Sneaky.op_Implicit", Method(typeof(Sneaky), "op_Implicit", typeof(int)) },
        { "the method Queryable.Distinct", typeof(Queryable).GetMethods().First(m => m.Name == nameof(Queryable.Distinct)).MakeGenericMethod(typeof(Entry)) },
        { "the method Queryable.Any", typeof(Queryable).GetMethods().First(m => m.Name == nameof(Queryable.Any) && m.GetParameters().Length == 1).MakeGenericMethod(typeof(int)) },
        { "the method Queryable.Sum", typeof(Queryable).GetMethods().First(m => m.Name == nameof(Queryable.Sum) && m.IsGenericMethodDefinition).MakeGenericMethod(typeof(int)) },
        { "the method Vector.Add", typeof(Vector).GetMethods().First(m => m.Name == nameof(Vector.Add) && m.IsGenericMethodDefinition).MakeGenericMethod(typeof(int)) },
        { "the method Vector.Negate", typeof(Vector).GetMethods().First(m => m.Name == nameof(Vector.Negate) && m.IsGenericMethodDefinition).MakeGenericMethod(typeof(int)) },
        { "the method Queryable.Where", typeof(Queryable).GetMethods().First(m => m.Name == nameof(Queryable.Where)).MakeGenericMethod(typeof(int)) },
        { "the method Enumerable.ToList", Generic(typeof(Enumerable), nameof(Enumerable.ToList), typeof(int)) },
        { "the method Enumerable.Reverse", typeof(Enumerable).GetMethods().First(m => m.Name == nameof(Enumerable.Reverse)).MakeGenericMethod(typeof(int)) },
        { "the method Object.GetType", Method(typeof(object), nameof(GetType)) },
        { "the method Object.ToString", Method(typeof(object), nameof(ToString)) },
        { "the method Activator.CreateInstance", Method(typeof(Activator), nameof(Activator.CreateInstance), typeof(Type)) },
        { "the method Environment.Exit", Method(typeof(Environment), nameof(Environment.Exit), typeof(int)) },
        { "the method EnumText.Name", Method(typeof(EnumText), nameof(EnumText.Name), typeof(Type), typeof(object)) },

        // The engine's other read of a shaped input is not a read the walk allows.
        { "the method ShapedReads.Convert", Method(typeof(ShapedReads), nameof(ShapedReads.Convert), typeof(Type), typeof(object), typeof(string), typeof(RunnerStrength.Engine.Text.Location)) },

        // A host's methods under the names of the engine's allowed helpers: the names are allowed only on RuntimeSupport,
        // the arithmetic only non-generic, the conversions only generic.
        { "the method Sneaky.Add", Method(typeof(Sneaky), nameof(Sneaky.Add), typeof(int), typeof(int), typeof(Diagnostic)) },
        { "the method Sneaky.Subtract", Method(typeof(Sneaky), nameof(Sneaky.Subtract), typeof(long), typeof(long), typeof(Diagnostic)) },
        { "the method Sneaky.Multiply", Method(typeof(Sneaky), nameof(Sneaky.Multiply), typeof(long), typeof(long), typeof(Diagnostic)) },
        { "the method Sneaky.Negate", Method(typeof(Sneaky), nameof(Sneaky.Negate), typeof(int), typeof(Diagnostic)) },
        { "the method Sneaky.ConvertNumber", Method(typeof(Sneaky), nameof(Sneaky.ConvertNumber), typeof(int)) },
        { "the method Sneaky.ConvertNumber", Generic(typeof(Sneaky), nameof(Sneaky.ConvertNumber), typeof(int)) },
        { "the method Sneaky.ParseNumber", Generic(typeof(Sneaky), nameof(Sneaky.ParseNumber), typeof(decimal)) },
        { "the method Sneaky.ParseNumber", Method(typeof(Sneaky), nameof(Sneaky.ParseNumber), typeof(string)) },
    };

    [Theory]
    [MemberData(nameof(RefusedMethods))]
    public void A_method_off_the_allow_list_is_refused_by_its_type_and_name(string violation, MethodInfo method) =>
        Verify(CallWithDefaults(method)).ShouldBe([violation]);

    [Fact]
    public void A_method_with_no_declaring_type_is_refused()
    {
        // A DynamicMethod belongs to no type: it can hold any IL at all.
        var sneak = new DynamicMethod("Sneak", typeof(int), Type.EmptyTypes);
        var il = sneak.GetILGenerator();
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Ret);
        sneak.DeclaringType.ShouldBeNull();
        Verify(Expression.Call(sneak)).ShouldBe(["the method .Sneak"]);
    }

    [Fact]
    public void The_arguments_of_an_allowed_call_are_walked()
    {
        var read = Expression.Call(typeof(File).GetMethod(nameof(File.ReadAllText), [typeof(string)])!, Expression.Constant("/etc/passwd"));
        Verify(Expression.Call(Method(typeof(string), nameof(string.IsNullOrEmpty), typeof(string)), read)).ShouldBe(["the method File.ReadAllText"]);
        Verify(Expression.Call(read, Method(typeof(string), nameof(string.Trim)))).ShouldBe(["the method File.ReadAllText"]);
    }

    [Fact]
    public void A_conversion_that_calls_a_method_off_the_allow_list_is_refused()
    {
        // (string)"/etc/passwd" through File.ReadAllText: a conversion node can call any one-argument static method.
        var read = Expression.Convert(Expression.Constant("/etc/passwd"), typeof(string), typeof(File).GetMethod(nameof(File.ReadAllText), [typeof(string)])!);
        Verify(read).ShouldBe(["the conversion File.ReadAllText"]);
        Verify(Expression.Convert(Expression.Constant(1), typeof(Sneaky))).ShouldBe(["the conversion Sneaky.op_Implicit"]);
        Verify(Expression.Negate(Expression.Convert(Expression.Constant(null), typeof(Sneaky)))).ShouldBe(["the conversion Sneaky.op_UnaryNegation"]);
    }

    [Fact]
    public void A_conversion_through_an_operator_of_an_engine_type_passes()
    {
        var toDecimal = Expression.Convert(Expression.Constant(1), typeof(decimal));
        toDecimal.Method.ShouldNotBeNull().Name.ShouldBe("op_Implicit");
        Verify(toDecimal).ShouldBeEmpty();
        Verify(Expression.Convert(Expression.Constant(1.5m), typeof(int))).ShouldBeEmpty();
        Verify(Expression.Negate(Expression.Constant(1.5m))).ShouldBeEmpty();
    }

    [Fact]
    public void A_binary_operator_that_calls_a_method_off_the_allow_list_is_refused()
    {
        var concat = Method(typeof(string), nameof(string.Concat), typeof(string), typeof(string));
        Verify(Expression.Add(Expression.Constant("a"), Expression.Constant("b"), concat)).ShouldBe(["the operator String.Concat"]);
        Verify(Expression.Power(Expression.Constant(2.0), Expression.Constant(3.0))).ShouldBe(["the operator Math.Pow"]);
        var sneaky = Expression.Convert(Expression.Constant(null), typeof(Sneaky));
        Verify(Expression.Add(sneaky, sneaky)).ShouldBe(["the operator Sneaky.op_Addition"]);
        Verify(Expression.NotEqual(AthleteInput, Expression.Constant(null, typeof(Athlete)))).ShouldBe(["the operator Athlete.op_Inequality"]);
    }

    [Fact]
    public void A_binary_operator_of_an_engine_type_passes()
    {
        Verify(Expression.Equal(Expression.Constant("a"), Expression.Constant("b"))).ShouldBeEmpty();
        Verify(Expression.Add(Expression.Constant(1m), Expression.Constant(2m))).ShouldBeEmpty();
        Verify(Expression.LessThan(Expression.Constant(DateOnly.MinValue), Expression.Constant(DateOnly.MaxValue))).ShouldBeEmpty();
        Verify(Expression.Add(Expression.Constant(1), Expression.Constant(2))).ShouldBeEmpty();
    }

    [Fact]
    public void Concat_of_values_the_engine_shows_itself_passes()
    {
        var concat = Method(typeof(RuntimeSupport), nameof(RuntimeSupport.Concat), typeof(EvaluationFrame), typeof(object), typeof(object));
        var text = Expression.Convert(Expression.Constant("a"), typeof(object));
        Verify(Expression.Call(concat, Frame, text, Expression.Convert(Expression.Constant(1), typeof(object)))).ShouldBeEmpty();
        Verify(Expression.Call(concat, Frame, text, Expression.Convert(Expression.Property(AthleteInput, nameof(Evaluation.Athlete.Equipment)), typeof(object)))).ShouldBeEmpty();
    }

    [Fact]
    public void Concat_judges_an_argument_that_is_not_a_conversion_by_its_own_type()
    {
        // Typed object, the value could be anything, and Concat would call its ToString.
        var concat = Method(typeof(RuntimeSupport), nameof(RuntimeSupport.Concat), typeof(EvaluationFrame), typeof(object), typeof(object));
        Verify(Expression.Call(concat, Frame, Expression.Constant("a", typeof(object)), Expression.Convert(Expression.Constant(1), typeof(object))))
            .ShouldBe(["the ToString of Object"]);
        Verify(Expression.Call(concat, Frame, Expression.Convert(Expression.Constant(1), typeof(object)), Expression.Convert(History, typeof(object))))
            .ShouldBe(["the ToString of IReadOnlyList`1"]);
    }

    [Fact]
    public void Only_Concat_has_its_arguments_judged_as_text()
    {
        // Enumerable.Any takes the history as it is: nothing is turned into text.
        var any = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 1).MakeGenericMethod(typeof(Entry));
        Verify(Expression.Call(any, History)).ShouldBeEmpty();
    }

    private static MethodInfo ItemComparing(string name, Type item)
    {
        var method = typeof(Enumerable).GetMethods()
            .Where(m => m.Name == name && m.GetGenericArguments().Length == 1)
            .MinBy(m => m.GetParameters().Length)!;
        return method.MakeGenericMethod(item);
    }

    private static MethodInfo KeyComparing(string name, Type item, Type key)
    {
        var method = typeof(Enumerable).GetMethods()
            .Where(m => m.Name == name && m.GetGenericArguments() is [{ Name: "TSource" }, { Name: "TKey" }])
            .MinBy(m => m.GetParameters().Length)!;
        return method.MakeGenericMethod(item, key);
    }

    public static TheoryData<string> ItemComparingMethods => ["Contains", "Distinct", "Except", "Intersect", "Union", "SequenceEqual", "ToHashSet"];

    [Theory]
    [MemberData(nameof(ItemComparingMethods))]
    public void An_Enumerable_method_that_compares_records_as_items_is_refused(string name)
    {
        var allowed = SequenceMethods.Names.Contains(name);
        string[] expected = allowed ? ["the Equals of Entry"] : [$"the method Enumerable.{name}", "the Equals of Entry"];
        Verify(CallWithDefaults(ItemComparing(name, typeof(Entry)))).ShouldBe(expected);
        Verify(CallWithDefaults(ItemComparing(name, typeof(string)))).ShouldBe(allowed ? [] : [$"the method Enumerable.{name}"]);
    }

    public static TheoryData<string> KeyComparingMethods => ["DistinctBy", "ExceptBy", "IntersectBy", "UnionBy", "GroupBy", "ToDictionary", "ToLookup", "CountBy"];

    [Theory]
    [MemberData(nameof(KeyComparingMethods))]
    public void An_Enumerable_method_that_compares_records_as_keys_is_refused_for_the_key_not_the_item(string name)
    {
        Verify(CallWithDefaults(KeyComparing(name, typeof(string), typeof(Entry)))).ShouldBe([$"the method Enumerable.{name}", "the Equals of Entry"]);
        Verify(CallWithDefaults(KeyComparing(name, typeof(Entry), typeof(string)))).ShouldBe([$"the method Enumerable.{name}"]);
    }

    [Fact]
    public void A_dictionary_read_compares_its_key_type()
    {
        var lookup = Generic(typeof(RuntimeSupport), nameof(RuntimeSupport.Lookup), typeof(Entry), typeof(int));
        Verify(CallWithDefaults(lookup)).ShouldBe(["the Equals of Entry"]);
        Verify(CallWithDefaults(typeof(IReadOnlyDictionary<Entry, int>).GetProperty("Item")!.GetMethod!)).ShouldBe(["the Equals of Entry"]);
        Verify(CallWithDefaults(typeof(IReadOnlyDictionary<string, Entry>).GetProperty("Item")!.GetMethod!)).ShouldBeEmpty();
        Verify(CallWithDefaults(typeof(IReadOnlyList<Entry>).GetProperty("Item")!.GetMethod!)).ShouldBeEmpty();
    }

    [Fact]
    public void An_Enumerable_method_that_compares_nothing_is_not_judged_by_its_type_arguments()
    {
        // Select and OrderBy never call Equals on their items or keys: a record as either type argument is fine.
        var select = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);
        Verify(CallWithDefaults(select.MakeGenericMethod(typeof(string), typeof(Entry)))).ShouldBeEmpty();
        Verify(CallWithDefaults(select.MakeGenericMethod(typeof(Entry), typeof(Entry)))).ShouldBeEmpty();
        var orderBy = typeof(Enumerable).GetMethods().Single(m => m.Name == nameof(Enumerable.OrderBy) && m.GetParameters().Length == 2);
        Verify(CallWithDefaults(orderBy.MakeGenericMethod(typeof(string), typeof(Entry)))).ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_engines_own_Lookup_compares_its_key_type()
    {
        // A generic method of another type that happens to be called Lookup is refused as a method, and that is all.
        var lookalike = Generic(typeof(Lookalike), nameof(Lookalike.Lookup), typeof(Entry));
        Verify(CallWithDefaults(lookalike)).ShouldBe(["the method Lookalike.Lookup"]);
    }

    [Fact]
    public void A_non_generic_Enumerable_method_compares_nothing()
    {
        Verify(CallWithDefaults(Method(typeof(Enumerable), nameof(Enumerable.Average), typeof(IEnumerable<decimal>)))).ShouldBeEmpty();
    }

    /// <summary>A host type with a generic method named like the engine's dictionary read.</summary>
    public static class Lookalike
    {
        public static T Lookup<T>(T key) => key;
    }

    /// <summary>A host type with operators of its own: each one is a method the walk must refuse.</summary>
    public sealed class Sneaky
    {
        public static implicit operator Sneaky(int value) => new();

        public static Sneaky operator +(Sneaky left, Sneaky right) => left;

        public static Sneaky operator -(Sneaky value) => value;

        public static int Add(int left, int right, Diagnostic overflow) => left + right;

        public static long Subtract(long left, long right, Diagnostic overflow) => left - right;

        public static long Multiply(long left, long right, Diagnostic overflow) => left * right;

        public static int Negate(int value, Diagnostic overflow) => -value;

        public static double ConvertNumber(int value) => value;

        public static T ConvertNumber<T>(T value) => value;

        public static T ParseNumber<T>(string text) => default!;

        public static decimal ParseNumber(string text) => 0m;
    }
}
