using System.Security.Cryptography;
using System.Text;

namespace RunnerStrength.Engine.Json;

/// <summary>The key of a validated text: a SHA-256 of the schema and the text, so any change to either misses.</summary>
internal static class ValidatedTextKey
{
    public static string Of(string schemaText, string jsonText)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(schemaText));
        hash.AppendData([0]);
        hash.AppendData(Encoding.UTF8.GetBytes(jsonText));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
