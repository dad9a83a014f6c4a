using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Json;

namespace RunnerStrength.Tools.Rendering;

/// <summary>
/// An expression's value as JSON: numbers and booleans as they are, enums by their JSON spelling, lists as arrays and
/// records as objects with the library's names (the coaching data files' options), on one line.
/// </summary>
internal static class ExpressionValueJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The value as one line of JSON, or null when it would take more than <paramref name="maxBytes"/> of UTF-8.</summary>
    public static string? Format(object? value, long maxBytes)
    {
        if (value is null)
        {
            return "null";
        }

        var buffer = new BoundedBufferWriter(maxBytes);
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder, Indented = false }))
            {
                JsonSerializer.Serialize(writer, value, value.GetType(), Options);
            }

            return buffer.Text;
        }
        catch (BoundedBufferWriter.FullException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CoachingJson.Options)
        {
            WriteIndented = false,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        // Vocabulary enums carry their own converter; this one spells any other enum (a DayOfWeek) in camelCase.
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>A growable buffer that refuses to grow past a limit, so writing a huge value stops before it takes the memory.</summary>
internal sealed class BoundedBufferWriter(long maxBytes) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[256];
    private int _written;

    public string Text => Encoding.UTF8.GetString(_buffer, 0, _written);

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0) => _buffer.AsMemory(_written, Ensure(sizeHint));

    public Span<byte> GetSpan(int sizeHint = 0) => _buffer.AsSpan(_written, Ensure(sizeHint));

    private int Ensure(int sizeHint)
    {
        var needed = (long)_written + Math.Max(sizeHint, 1);
        if (needed > maxBytes)
        {
            throw new FullException();
        }

        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, (int)Math.Min(Math.Max(needed, 2L * _buffer.Length), Math.Min(maxBytes, Array.MaxLength)));
        }

        return _buffer.Length - _written;
    }

    /// <summary>Thrown when the value does not fit.</summary>
    public sealed class FullException : Exception
    {
    }
}
