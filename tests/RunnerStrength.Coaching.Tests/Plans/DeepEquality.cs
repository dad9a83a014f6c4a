using System.Collections;
using System.Reflection;

namespace RunnerStrength.Coaching.Tests.Plans;

/// <summary>Compares plans by content: records property by property, lists item by item, naming the first difference.</summary>
internal static class DeepEquality
{
    public static void ShouldEqualDeeply(this object? actual, object? expected, string path = "plan")
    {
        if (expected is null)
        {
            actual.ShouldBeNull(path);
            return;
        }

        actual.ShouldNotBeNull(path);
        var type = expected.GetType();
        if (expected is string || type.IsPrimitive || type.IsEnum || expected is DateOnly)
        {
            actual.ShouldBe(expected, path);
            return;
        }

        // Any list type will do (the model promises only IReadOnlyList); everything else must match exactly.
        if (expected is IEnumerable expectedItems)
        {
            actual.ShouldBeAssignableTo<IEnumerable>(path);
            var left = ((IEnumerable)actual).Cast<object?>().ToList();
            var right = expectedItems.Cast<object?>().ToList();
            left.Count.ShouldBe(right.Count, $"{path}.Count");
            for (var i = 0; i < right.Count; i++)
            {
                left[i].ShouldEqualDeeply(right[i], $"{path}[{i}]");
            }

            return;
        }

        actual.GetType().ShouldBe(type, path);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            property.GetValue(actual).ShouldEqualDeeply(property.GetValue(expected), $"{path}.{property.Name}");
        }
    }
}
