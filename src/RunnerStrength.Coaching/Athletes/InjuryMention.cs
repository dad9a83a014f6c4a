using System.Text.Json;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Json;

namespace RunnerStrength.Coaching.Athletes;

/// <summary>
/// One item of a profile's <c>injuries</c> as the file has it: a tag alone (<c>"knee"</c>, current) or
/// <c>{ "tag": "achilles", "status": "recovering" }</c>. <see cref="AthleteProfile"/> turns the items into its lists.
/// </summary>
[JsonConverter(typeof(InjuryMentionConverter))]
internal sealed record InjuryMention
{
    /// <summary>The injury tag, such as <c>achilles</c>.</summary>
    public required string Tag { get; init; }

    /// <summary>Current (the default) or recovering.</summary>
    public InjuryStatus Status { get; init; }

    // The schema has checked the shape before this runs; a JsonException here is reported, not thrown to the caller.
    internal sealed class InjuryMentionConverter : JsonConverter<InjuryMention>
    {
        public override InjuryMention Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return new InjuryMention { Tag = reader.GetString()! };
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("an injury is a tag such as \"knee\" or an object { \"tag\": \"achilles\", \"status\": \"recovering\" }");
            }

            string? tag = null;
            var status = InjuryStatus.Current;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "tag" when reader.TokenType == JsonTokenType.String:
                        tag = reader.GetString();
                        break;
                    case "status" when reader.TokenType == JsonTokenType.String && JsonEnumSpelling<InjuryStatus>.Parse(reader.GetString()!) is { } parsed:
                        status = parsed;
                        break;
                    default:
                        throw new JsonException($"'{name}' is not a property of an injury, or has a value of the wrong kind");
                }
            }

            return new InjuryMention { Tag = tag ?? throw new JsonException("an injury object needs its 'tag'"), Status = status };
        }

        public override void Write(Utf8JsonWriter writer, InjuryMention value, JsonSerializerOptions options)
        {
            if (value.Status == InjuryStatus.Current)
            {
                writer.WriteStringValue(value.Tag);
                return;
            }

            writer.WriteStartObject();
            writer.WriteString("tag", value.Tag);
            writer.WriteString("status", JsonEnumSpelling<InjuryStatus>.ByValue[value.Status]);
            writer.WriteEndObject();
        }
    }
}
