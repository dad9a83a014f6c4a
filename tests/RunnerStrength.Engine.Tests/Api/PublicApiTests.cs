using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using RunnerStrength.Engine.Evaluation;

namespace RunnerStrength.Engine.Tests.Api;

/// <summary>
/// The Engine's public surface, one line per type and member, compared with the approved file. A change to the
/// surface is deliberate: run with RUNNERSTRENGTH_UPDATE_GOLDEN=1 to rewrite the file, and review its diff.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_API_matches_the_approved_file()
    {
        var actual = Describe(typeof(RuleSetLoader).Assembly);
        var path = Path.Combine(SourceFolder(), "PublicApi.approved.txt");
        if (Environment.GetEnvironmentVariable("RUNNERSTRENGTH_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; run the tests with RUNNERSTRENGTH_UPDATE_GOLDEN=1 to create it");
        var approved = File.ReadAllText(path).ReplaceLineEndings("\n");
        actual.ShouldBe(approved, "the public API changed; if that is intended, rerun with RUNNERSTRENGTH_UPDATE_GOLDEN=1 and review the diff");
    }

    [Fact]
    public void Types_every_host_uses_stay_public()
    {
        var api = Describe(typeof(RuleSetLoader).Assembly);
        string[] required =
        [
            "RuleSetLoader", "RuleSetOptions", "InputDeclaration", "CompiledRuleSet", "CompiledWorkflow", "WorkflowResult", "RuleResult",
            "EvaluationOptions", "ExpressionCompiler", "CompiledExpression", "ExpressionValue", "FunctionRegistry", "RuleSetWatcher",
        ];
        foreach (var name in required)
        {
            api.ShouldContain($".{name} (", Case.Sensitive, $"{name} must stay public");
        }
    }

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            lines.Add($"{type.FullName} ({Kind(type)})");
            const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(Declared))
            {
                if (Describe(type, member) is { } line)
                {
                    lines.Add($"{type.FullName}: {line}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string? Describe(Type type, MemberInfo member)
    {
        var isStatic = member switch
        {
            MethodBase m => m.IsStatic,
            FieldInfo f => f.IsStatic,
            PropertyInfo p => (p.GetMethod ?? p.SetMethod)!.IsStatic,
            EventInfo e => e.AddMethod!.IsStatic,
            _ => false,
        };
        var prefix = isStatic && !type.IsEnum ? "static " : string.Empty;
        return member switch
        {
            ConstructorInfo c => $"{prefix}.ctor({Parameters(c)})",
            MethodInfo m when m.IsSpecialName && !m.Name.StartsWith("op_", StringComparison.Ordinal) => null,
            MethodInfo m when m.GetCustomAttribute<CompilerGeneratedAttribute>() is not null && m.Name != "ToString" => null,
            MethodInfo m => $"{prefix}{Name(m.ReturnType)} {m.Name}{Generic(m)}({Parameters(m)})",
            PropertyInfo p => $"{prefix}{Name(p.PropertyType)} {p.Name}{Indexer(p)} {{ {Accessors(p)}}}",
            FieldInfo f when type.IsEnum => f.Name,
            FieldInfo f => $"{prefix}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}",
            EventInfo e => $"{prefix}event {Name(e.EventHandlerType!)} {e.Name}",
            Type nested => null,
            _ => $"{member.MemberType} {member.Name}",
        };
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum"
        : type.IsInterface ? "interface"
        : type.IsValueType ? (type.GetMethod("<Clone>$") is not null || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null ? "record struct" : "struct")
        : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
        : (type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty)
            + (type.GetMethod("<Clone>$") is not null ? "record" : "class");

    private static string Accessors(PropertyInfo property)
    {
        var text = new StringBuilder();
        if (property.GetMethod is { IsPublic: true })
        {
            text.Append("get; ");
        }

        if (property.SetMethod is { IsPublic: true } setter)
        {
            var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            text.Append(isInit ? "init; " : "set; ");
        }

        return text.ToString();
    }

    private static string Indexer(PropertyInfo property)
    {
        var parameters = property.GetIndexParameters();
        return parameters.Length == 0 ? string.Empty : $"[{string.Join(", ", parameters.Select(p => $"{Name(p.ParameterType)} {p.Name}"))}]";
    }

    private static string Generic(MethodInfo method) =>
        method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.GetCustomAttribute<ParamArrayAttribute>() is not null ? "params " : string.Empty)
            + (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)
            + $"{Name(p.ParameterType)} {p.Name}"
            + (p.HasDefaultValue ? $" = {p.DefaultValue ?? "null"}" : string.Empty)));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        // Namespaces are left out of signatures (the type lines above carry them), so a line reads like C#.
        var name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
