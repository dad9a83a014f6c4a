namespace RunnerStrength.Engine.Json;

/// <summary>Where <see cref="JsonSchemaValidator"/> remembers texts that passed their schema (see <see cref="JsonSchemaValidator.ValidatedTexts"/>).</summary>
public interface IValidatedTextStore
{
    /// <summary>True when the text with this key passed before.</summary>
    bool Contains(string key);

    /// <summary>Remembers that the text with this key passed.</summary>
    void Add(string key);
}
