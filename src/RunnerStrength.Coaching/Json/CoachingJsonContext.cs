using System.Text.Json;
using System.Text.Json.Serialization;
using RunnerStrength.Coaching.Athletes;
using RunnerStrength.Coaching.Catalog;

namespace RunnerStrength.Coaching.Json;

/// <summary>
/// Serialization code generated at build time for the files every run reads (the athlete profile and the exercise
/// catalog): the reflection-based reader spends 50-90 ms of a fresh process building the same metadata, emitting a
/// method per property. <see cref="CoachingJson.Options"/> uses it first and reflection for any other type.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(AthleteProfile))]
[JsonSerializable(typeof(ExerciseCatalog.CatalogFile))]
internal sealed partial class CoachingJsonContext : JsonSerializerContext;
