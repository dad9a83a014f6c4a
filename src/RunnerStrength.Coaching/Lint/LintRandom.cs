namespace RunnerStrength.Coaching.Lint;

/// <summary>
/// SplitMix64: a small seeded generator of our own, so a seed and an index give the same generated athlete on every
/// machine and every .NET version (<see cref="Random"/> promises no such thing for a seed).
/// </summary>
internal sealed class LintRandom(ulong state)
{
    private ulong _state = state;

    /// <summary>The generator for athlete <paramref name="index"/> of <paramref name="seed"/>: each athlete has its own stream.</summary>
    public static LintRandom For(int seed, int index) =>
        new(unchecked(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)index * 0xD1B54A32D192ED03UL) ^ 0x5DEECE66DUL));

    /// <summary>A number from 0 to <paramref name="count"/> - 1.</summary>
    public int Next(int count) => count <= 1 ? 0 : (int)(NextUInt64() % (ulong)count);

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True once in <paramref name="times"/>.</summary>
    public bool OneIn(int times) => Next(times) == 0;

    /// <summary>One of <paramref name="values"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> values) => values[Next(values.Count)];

    private ulong NextUInt64()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
