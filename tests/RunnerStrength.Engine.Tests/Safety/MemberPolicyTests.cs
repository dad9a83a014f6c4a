using System.Diagnostics;
using System.Linq.Expressions;
using System.Net;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Security;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Tests.Evaluation;

namespace RunnerStrength.Engine.Tests.Safety;

/// <summary>
/// Which members an expression may read, over types built for the purpose: the kind of member, its type (and every
/// type argument of it), and the type that declares it.
/// </summary>
public sealed class MemberPolicyTests
{
#pragma warning disable CA1051, CA2211, CA1822, CA1044, CA1003, CA1070, CA1052 // Members of every kind, each on purpose.
    public sealed class Specimen
    {
        public int Field = 1;
        public readonly string ReadOnlyField = "r";
        public static int StaticField = 2;
        public const int Constant = 3;
        public Type TypeField = typeof(int);
        private int _hidden = 4;

        public int Property { get; init; } = 5;
        public static int StaticProperty { get; } = 6;
        public int WriteOnly { private get; set; }
        public int this[int index] => index;
        public Dictionary<string, int> Safe { get; } = [];
        public Dictionary<string, Type> UnsafeValue { get; } = [];
        public Dictionary<Type, string> UnsafeKey { get; } = [];
        public Pair<int, Action> UnsafeSecond { get; } = new();
        public List<List<Type>> UnsafeDeep { get; } = [];
        public int[] Numbers { get; } = [];
        public Type[] Types { get; } = [];
        public int[][] Jagged { get; } = [];
        public int[,] Grid { get; } = new int[1, 1];
        public int? Maybe { get; }
        public object Anything { get; } = new();

        public event EventHandler? Changed
        {
            add { }
            remove { }
        }

        public int Method() => _hidden;
    }

    public sealed class Pair<TFirst, TSecond>
    {
        public TFirst? First { get; init; }
        public TSecond? Second { get; init; }
    }

    public interface IHasPace
    {
        int Pace { get; }
    }

    public interface IRunner : IHasPace
    {
        string Name { get; }
    }

    /// <summary>An interface that hides a member of the interface it extends with one of another type.</summary>
    public interface IPacedRunner : IHasPace
    {
        new string Pace { get; }
    }

    public class Base
    {
        public int Inherited { get; init; }
        public int InheritedField;
    }

    public sealed class Derived : Base
    {
        public int Own { get; init; }
    }

    public sealed class Contracted
    {
        public int Pace { get; init; }
        public int EqualityContract { get; init; }
    }

    // Reflection's kinds, made outside the blocked namespaces: the policy refuses them by what they are, not by where.
    public sealed class HandMadeMember : MemberInfo
    {
        public override MemberTypes MemberType => MemberTypes.Custom;
        public override string Name => "made";
        public override Type? DeclaringType => null;
        public override Type? ReflectedType => null;
        public override object[] GetCustomAttributes(bool inherit) => [];
        public override object[] GetCustomAttributes(Type attributeType, bool inherit) => [];
        public override bool IsDefined(Type attributeType, bool inherit) => false;
    }

    public sealed class HandMadeAssembly : Assembly;

    public sealed class HandMadeModule : Module;

    public sealed class HandMadeNode : Expression;

    public sealed class HandMadeException : Exception;

    public sealed class Cased
    {
        public int DistanceKm { get; init; }
        public int Pace { get; init; }
    }
#pragma warning restore CA1051, CA2211, CA1822, CA1044, CA1003, CA1070, CA1052

    private static MemberInfo Member(Type type, string name) =>
        type.GetMember(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Single();

    public static TheoryData<string, bool> SpecimenMembers => new()
    {
        { nameof(Specimen.Field), true },
        { nameof(Specimen.ReadOnlyField), true },
        { nameof(Specimen.Property), true },
        { nameof(Specimen.Safe), true },
        { nameof(Specimen.Numbers), true },
        { nameof(Specimen.Jagged), true },
        { nameof(Specimen.Maybe), true },
        { nameof(Specimen.StaticField), false },
        { nameof(Specimen.Constant), false },
        { nameof(Specimen.TypeField), false },
        { "_hidden", false },
        { nameof(Specimen.StaticProperty), false },
        { nameof(Specimen.WriteOnly), false },
        { "Item", false },
        { nameof(Specimen.UnsafeValue), false },
        { nameof(Specimen.UnsafeKey), false },
        { nameof(Specimen.UnsafeSecond), false },
        { nameof(Specimen.UnsafeDeep), false },
        { nameof(Specimen.Types), false },
        { nameof(Specimen.Grid), false },
        { nameof(Specimen.Anything), false },
        { nameof(Specimen.Changed), false },
        { nameof(Specimen.Method), false },
        { ".ctor", false },
    };

    [Theory]
    [MemberData(nameof(SpecimenMembers))]
    public void A_member_is_readable_only_when_it_is_a_public_instance_data_member_of_a_safe_type(string name, bool readable) =>
        MemberPolicy.IsReadable(Member(typeof(Specimen), name)).ShouldBe(readable);

    [Fact]
    public void The_readable_members_of_a_type_are_its_public_instance_properties_and_fields_that_pass()
    {
        MemberPolicy.ReadableMembers(typeof(Specimen)).Select(m => m.Name).Order(StringComparer.Ordinal).ShouldBe(
            ["Field", "Jagged", "Maybe", "Numbers", "Property", "ReadOnlyField", "Safe"]);
        MemberPolicy.ReadableMembers(typeof(Derived)).Select(m => m.Name).Order(StringComparer.Ordinal).ShouldBe(["Inherited", "InheritedField", "Own"]);
    }

    [Fact]
    public void The_readable_members_of_an_interface_include_those_of_the_interfaces_it_extends()
    {
        MemberPolicy.ReadableMembers(typeof(IRunner)).Select(m => m.Name).Order(StringComparer.Ordinal).ShouldBe(["Name", "Pace"]);
        MemberPolicy.ReadableMembers(typeof(IHasPace)).Select(m => m.Name).ShouldBe(["Pace"]);
    }

    [Fact]
    public void An_interface_member_hides_the_member_of_the_same_name_it_extends()
    {
        // As C# reads it: the interface's own member first, then those of the interfaces it extends.
        var pace = MemberPolicy.Find(typeof(IPacedRunner), "pace").ShouldNotBeNull();
        pace.DeclaringType.ShouldBe(typeof(IPacedRunner));
        MemberPolicy.TypeOf(pace).ShouldBe(typeof(string));
        MemberPolicy.ReadableMembers(typeof(IPacedRunner)).Select(m => m.DeclaringType).ShouldBe([typeof(IPacedRunner), typeof(IHasPace)]);
    }

    [Fact]
    public void A_record_shows_its_data_and_not_its_equality_contract()
    {
        MemberPolicy.ReadableMembers(typeof(Race)).Select(m => m.Name).Order(StringComparer.Ordinal).ShouldBe(["Date", "Distance"]);
        MemberPolicy.IsReadable(Member(typeof(Race), "EqualityContract")).ShouldBeFalse();
    }

    [Fact]
    public void A_member_named_EqualityContract_is_never_offered()
    {
        MemberPolicy.ReadableMembers(typeof(Contracted)).Select(m => m.Name).ShouldBe(["Pace"]);
        MemberPolicy.Find(typeof(Contracted), "equalityContract").ShouldBeNull();
    }

    [Fact]
    public void A_member_whose_name_holds_a_dot_is_never_offered()
    {
        // C# gives such names (an explicit interface implementation's) only to private members; other compilers and
        // emitted code can make them public.
        var type = DottedNames.Value;
        type.GetProperty("IPace.Pace").ShouldNotBeNull().GetMethod!.IsPublic.ShouldBeTrue();
        MemberPolicy.ReadableMembers(type).Select(m => m.Name).ShouldBe(["Pace"]);
    }

    private static readonly Lazy<Type> DottedNames = new(() =>
    {
        var module = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("DottedNames"), AssemblyBuilderAccess.Run).DefineDynamicModule("DottedNames");
        var type = module.DefineType("Dotted", TypeAttributes.Public | TypeAttributes.Sealed);
        foreach (var name in new[] { "Pace", "IPace.Pace" })
        {
            var getter = type.DefineMethod("get_" + name, MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig, typeof(int), Type.EmptyTypes);
            var il = getter.GetILGenerator();
            il.Emit(OpCodes.Ldc_I4_1);
            il.Emit(OpCodes.Ret);
            type.DefineProperty(name, PropertyAttributes.None, typeof(int), Type.EmptyTypes).SetGetMethod(getter);
        }

        return type.CreateType();
    });

    [Fact]
    public void A_safe_member_of_an_unsafe_declaring_type_is_not_readable()
    {
        // Each reads a plain string or number, from a type an expression must not hold.
        MemberPolicy.IsReadable(typeof(Exception).GetProperty(nameof(Exception.Message))!).ShouldBeFalse();
        MemberPolicy.IsReadable(typeof(FileInfo).GetProperty(nameof(FileInfo.Length))!).ShouldBeFalse();
        MemberPolicy.IsReadable(typeof(StrongBox<int>).GetField(nameof(StrongBox<int>.Value))!).ShouldBeFalse();
        MemberPolicy.IsReadable(typeof(Pair<int, Type>).GetProperty("First")!).ShouldBeFalse();
        MemberPolicy.IsReadable(typeof(Pair<int, string>).GetProperty("First")!).ShouldBeTrue();
    }

    [Fact]
    public void The_number_of_an_enum_is_not_readable()
    {
        // The one public instance field of an enum type: enums are read by their names, never through their number.
        MemberPolicy.IsReadable(typeof(DayOfWeek).GetField("value__")!).ShouldBeFalse();
    }

    public static TheoryData<Type> UnsafeTypes =>
    [
        typeof(object), typeof(nint), typeof(nuint), typeof(int).MakePointerType(), typeof(int).MakeByRefType(), typeof(Span<int>), typeof(ReadOnlySpan<char>),
        typeof(Type), typeof(MethodInfo), typeof(PropertyInfo), typeof(Action), typeof(Func<int>), typeof(Delegate), typeof(MulticastDelegate),
        typeof(Assembly), typeof(Module), typeof(Exception), typeof(InvalidOperationException), typeof(AppDomain),
        typeof(Expression), typeof(LambdaExpression), typeof(Expression<Func<int>>),
        typeof(BindingFlags), typeof(GCLatencyMode), typeof(StrongBox<int>), typeof(CancellationToken), typeof(Thread),
        typeof(System.Threading.Tasks.TaskStatus), typeof(FileAccess), typeof(Stopwatch), typeof(System.Diagnostics.Tracing.EventLevel),
        typeof(SecurityRuleSet), typeof(System.Security.Cryptography.CipherMode), typeof(HttpStatusCode), typeof(System.Net.Sockets.AddressFamily),
        typeof(ExpressionType), typeof(Microsoft.Win32.SafeHandles.SafeFileHandle),
        typeof(Type[]), typeof(object[]), typeof(int[,]), typeof(Type[][]),
        typeof(List<Type>), typeof(Dictionary<string, Type>), typeof(Dictionary<Type, string>), typeof(Pair<int, Action>),
        typeof(IReadOnlyList<IReadOnlyList<object>>), typeof(Nullable<CancellationToken>), typeof(KeyValuePair<string, Assembly>),
        typeof(HandMadeMember), typeof(HandMadeAssembly), typeof(HandMadeModule), typeof(HandMadeNode), typeof(HandMadeException),
        typeof(Lazy<int>), typeof(Lazy<int, string>), typeof(WeakReference), typeof(WeakReference<string>), typeof(IServiceProvider),
        typeof(IAsyncResult), typeof(RuntimeTypeHandle), typeof(RuntimeMethodHandle), typeof(RuntimeFieldHandle), typeof(ModuleHandle),
    ];

    [Theory]
    [MemberData(nameof(UnsafeTypes))]
    public void An_unsafe_type_is_not_safe(Type type) => MemberPolicy.IsSafeType(type).ShouldBeFalse();

    public static TheoryData<Type> SafeTypes =>
    [
        typeof(int), typeof(string), typeof(decimal), typeof(DateOnly), typeof(DateTime), typeof(TimeSpan), typeof(Level), typeof(DayOfWeek),
        typeof(int?), typeof(int[]), typeof(string[][]), typeof(List<int>), typeof(Dictionary<string, int>), typeof(IReadOnlyList<Entry>),
        typeof(Pair<int, string>), typeof(KeyValuePair<string, int>), typeof(Athlete), typeof(Specimen), typeof(IRunner),
        typeof(MicrosoftLookalike.Thing), typeof(System.IOLookalike.Thing),
    ];

    [Theory]
    [MemberData(nameof(SafeTypes))]
    public void A_plain_data_type_is_safe(Type type) => MemberPolicy.IsSafeType(type).ShouldBeTrue();

    [Fact]
    public void A_member_is_found_by_its_exact_name_first_then_ignoring_case()
    {
        MemberPolicy.Find(typeof(Cased), "Pace").ShouldBe(typeof(Cased).GetProperty("Pace"));
        MemberPolicy.Find(typeof(Cased), "pace").ShouldBe(typeof(Cased).GetProperty("Pace"));
        MemberPolicy.Find(typeof(Cased), "DISTANCEKM").ShouldBe(typeof(Cased).GetProperty("DistanceKm"));
        MemberPolicy.Find(typeof(Cased), "distance").ShouldBeNull();
        MemberPolicy.Find(typeof(Specimen), nameof(Specimen.TypeField)).ShouldBeNull();
    }

    [Fact]
    public void The_exact_spelling_wins_over_another_spelling_of_the_same_name()
    {
        var exact = MemberPolicy.Find(typeof(Spellings), "level").ShouldNotBeNull();
        exact.Name.ShouldBe("level");
        MemberPolicy.Find(typeof(Spellings), "Level").ShouldNotBeNull().Name.ShouldBe("Level");
        MemberPolicy.Find(typeof(Spellings), "LEVEL").ShouldNotBeNull().Name.ShouldBe("Level");
    }

    [Fact]
    public void The_type_of_a_member_is_that_of_its_property_or_field()
    {
        MemberPolicy.TypeOf(typeof(Specimen).GetProperty(nameof(Specimen.Safe))!).ShouldBe(typeof(Dictionary<string, int>));
        MemberPolicy.TypeOf(typeof(Specimen).GetField(nameof(Specimen.ReadOnlyField))!).ShouldBe(typeof(string));
        Should.Throw<ArgumentException>(() => MemberPolicy.TypeOf(typeof(Specimen).GetMethod(nameof(Specimen.Method))!))
            .Message.ShouldStartWith("not a data member");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("level", "level")]
    [InlineData("Level", "level")]
    [InlineData("DistanceKm", "distanceKm")]
    [InlineData("X", "x")]
    public void The_name_people_write_is_the_camel_case_of_the_member_name(string name, string display) =>
        MemberPolicy.DisplayName(name).ShouldBe(display);
}

/// <summary>Two members whose names differ only by case, as JSON-shaped host types sometimes have.</summary>
#pragma warning disable CA1708, IDE1006 // Names that differ only by case: the point of the type.
public sealed record Spellings(int Level, int level);
#pragma warning restore CA1708, IDE1006
