using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>
/// A profile's <c>readiness</c>: one reading as an object, or an array of dated readings. Writes a single undated
/// reading back as an object, so a profile written the old way reads and writes the same.
/// </summary>
internal sealed class ReadinessReadingsConverter : JsonConverter<IReadOnlyList<Readiness>>
{
    public override IReadOnlyList<Readiness>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var reading = (JsonTypeInfo<Readiness>)options.GetTypeInfo(typeof(Readiness));
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return [JsonSerializer.Deserialize(ref reader, reading) ?? throw new JsonException("a readiness reading cannot be null")];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("readiness is an object or an array of dated readings");
        }

        var readings = new List<Readiness>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            readings.Add(JsonSerializer.Deserialize(ref reader, reading) ?? throw new JsonException("a readiness reading cannot be null"));
        }

        return readings;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<Readiness> value, JsonSerializerOptions options)
    {
        var reading = (JsonTypeInfo<Readiness>)options.GetTypeInfo(typeof(Readiness));
        if (value is [{ Date: null } single])
        {
            JsonSerializer.Serialize(writer, single, reading);
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, reading);
        }

        writer.WriteEndArray();
    }
}
