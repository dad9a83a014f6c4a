using System.Reflection;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Planning.Facts;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Evaluation;
using Shouldly;

namespace RunnerStrength.Coaching.Tests.Planning;

/// <summary>
/// Built with Native AOT, the tool has the engine's generic code only over the value types named in
/// <see cref="CoachingNativeTypes.Include"/> (and the language's own: true/false, numbers, dates). These read which
/// value types the rules' inputs expose and which ones Include names, so a new enum in the model cannot be forgotten.
/// </summary>
public sealed class CoachingNativeTypesTests
{
    // The inputs of the coaching workflows (CoachingWorkflows), as rules see them.
    private static readonly Type[] Inputs =
    [
        typeof(AthleteProfile), typeof(WeekFacts), typeof(DayFacts), typeof(SessionFacts), typeof(SlotFacts),
        typeof(ExerciseFacts), typeof(HistoryFacts), typeof(LineFacts),
    ];

    private static readonly Type[] LanguageTypes =
        [typeof(bool), typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(DateOnly), typeof(DateTime)];

    [Fact]
    public void Every_value_type_the_rule_inputs_expose_is_named_for_native_code()
    {
        var named = NamedInInclude();
        var readable = ValueTypesReadableFrom(Inputs);
        readable.ShouldContain(typeof(Vocabulary.AthleteLevel));
        readable.ShouldContain(typeof(DateOnly));
        var missing = readable
            .Where(type => !LanguageTypes.Contains(type) && !named.Contains(type))
            .Select(type => type.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Include_names_the_enums_of_the_athlete_and_the_facts()
    {
        var named = NamedInInclude();

        named.ShouldContain(typeof(Vocabulary.AthleteLevel));
        named.ShouldContain(typeof(Vocabulary.TrainingPhase));
        named.ShouldContain(typeof(Vocabulary.Weekday));
        named.ShouldAllBe(type => type.IsEnum);
    }

    /// <summary>The type arguments of the <see cref="AheadOfTimeTypes"/> calls in Include's code, read from its IL.</summary>
    private static HashSet<Type> NamedInInclude()
    {
        var method = typeof(CoachingNativeTypes).GetMethod(nameof(CoachingNativeTypes.Include))!;
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var named = new HashSet<Type>();
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call <method token>: 0x28 followed by a 4-byte token.
            if (il[i] != 0x28)
            {
                continue;
            }

            MethodBase? called;
            try
            {
                called = method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1));
            }
            catch (ArgumentException)
            {
                continue;
            }

            if (called is MethodInfo { IsGenericMethod: true } generic && generic.DeclaringType == typeof(AheadOfTimeTypes))
            {
                named.Add(generic.GetGenericArguments()[0]);
                i += 4;
            }
        }

        return named;
    }

    private static HashSet<Type> ValueTypesReadableFrom(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var values = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || type == typeof(string) || type == typeof(object))
            {
                continue;
            }

            if (type.IsValueType)
            {
                values.Add(type);
                continue;
            }

            if (type.IsArray)
            {
                pending.Push(type.GetElementType()!);
                continue;
            }

            if (type.IsGenericType && type.Namespace is { } ns && ns.StartsWith("System", StringComparison.Ordinal))
            {
                // A list or a dictionary: what it holds.
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Push(argument);
                }

                continue;
            }

            if (type.Assembly != typeof(CoachingNativeTypes).Assembly)
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Push(property.PropertyType);
            }
        }

        return values;
    }
}
