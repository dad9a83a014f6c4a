namespace RunnerStrength.Engine.Binding;

/// <summary>A named, typed input the host passes to a workflow, such as <c>order</c> of the host's order type.</summary>
public sealed record InputDeclaration(string Name, Type Type)
{
    /// <summary>Declares an input of type <typeparamref name="T"/>.</summary>
    public static InputDeclaration Of<T>(string name) => new(name, typeof(T));

    /// <summary>
    /// Declares an input of the type of <paramref name="sample"/>, for types a host cannot name, such as an anonymous
    /// object (<c>new { country = "NL", total = 120m }</c>); its members are read as those of any declared type.
    /// </summary>
    public static InputDeclaration Like(string name, object sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return new(name, sample.GetType());
    }

    /// <summary>
    /// Declares an input whose shape is only known at run time (an <c>ExpandoObject</c>, a dictionary, a
    /// <c>JsonElement</c>/<c>JsonNode</c>, a Newtonsoft <c>JObject</c>) by a sample JSON document: each member has the
    /// kind of its value in the sample (a whole number, a number, text, true/false, an object, a list), so rules over it
    /// are type-checked at load. Members are read by name, in any case. Throws <see cref="ArgumentException"/> when the
    /// sample is not a JSON object.
    /// </summary>
    public static InputDeclaration FromSample(string name, string sampleJson) =>
        Shaped(name, InputShapeReader.FromSample(sampleJson), "the sample");

    /// <summary>
    /// Declares an input whose shape is only known at run time by a JSON Schema (<c>type</c>, <c>properties</c>,
    /// <c>required</c>, <c>items</c>, <c>format: date</c>, local <c>$ref</c>s). A property that is not required, or
    /// whose type includes <c>null</c>, may be null or missing. Throws <see cref="ArgumentException"/> when the schema
    /// does not describe an object.
    /// </summary>
    public static InputDeclaration FromJsonSchema(string name, string schemaJson) =>
        Shaped(name, InputShapeReader.FromJsonSchema(schemaJson), "the JSON Schema");

    /// <summary>
    /// Declares an input from a JSON document that is either a JSON Schema (it names <c>$schema</c>, or has
    /// <c>"type": "object"</c> with <c>properties</c>) or a sample of the input.
    /// </summary>
    public static InputDeclaration FromSampleOrSchema(string name, string json) =>
        InputShapeReader.LooksLikeSchema(json) ? FromJsonSchema(name, json) : FromSample(name, json);

    private static InputDeclaration Shaped(string name, InputShape shape, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (shape.Kind != ShapeKind.Object)
        {
            throw new ArgumentException($"{what} for input '{name}' describes {shape.Display}; an input must be an object");
        }

        return new(name, ShapedTypes.ClrType(shape.AsNullable(false)));
    }
}
