using RunnerStrength.Engine.Emit;

namespace RunnerStrength.Engine.Evaluation;

/// <summary>
/// Value types of a host's inputs (enums, structs) that rules may read, named for a Native AOT build: there the engine's
/// generic code exists only for the value types the program names. Call these where the host can be compiled ahead of
/// time; a JIT-compiled process needs none of it.
/// </summary>
public static class AheadOfTimeTypes
{
    /// <summary>Makes the engine's code over <typeparamref name="T"/> (and over lists, nulls and lambdas of it) part of a Native AOT build.</summary>
    /// <typeparam name="T">A value type a rule can read, such as a member's type.</typeparam>
    public static void Include<T>()
        where T : struct => NativeInstantiations.Value<T>();

    /// <summary>Makes the engine's code over the enum <typeparamref name="T"/>, its text included, part of a Native AOT build.</summary>
    /// <typeparam name="T">An enum a rule can read.</typeparam>
    public static void IncludeEnum<T>()
        where T : struct, Enum => NativeInstantiations.Enum<T>();
}
