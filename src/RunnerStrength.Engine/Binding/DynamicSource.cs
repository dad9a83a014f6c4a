using System.Collections;
using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RunnerStrength.Engine.Binding;

/// <summary>
/// A host value read by member name, exact spelling first, then in any case (<c>input1.country</c> finds
/// <c>Country</c>): an <c>ExpandoObject</c> or other dictionary with text keys, a <c>JsonElement</c> or
/// <c>JsonObject</c>, a Newtonsoft <c>JObject</c> (through <see cref="ICustomTypeDescriptor"/>, which it implements), or
/// a plain object such as an anonymous one, whose members the <see cref="MemberPolicy"/> allows. What it returns is the
/// host's raw value; <see cref="Emit.ShapedReads"/> turns it into text, a number, true/false, a date, a list or another record.
/// </summary>
internal abstract class DynamicSource
{
    /// <summary>The member called <paramref name="name"/>, if there is one.</summary>
    public abstract bool TryGet(string name, out object? value);

    /// <summary>A reader over <paramref name="value"/>; null when it is not an object with members (text, a number, a list...).</summary>
    public static DynamicSource? From(object? value) => value switch
    {
        null or string or IConvertible or DateOnly or DateTimeOffset or TimeOnly or TimeSpan or Guid => null,
        JsonElement { ValueKind: JsonValueKind.Object } element => new ElementSource(element),
        JsonElement => null,
        JsonObject node => new NodeSource(node),
        JsonNode => null,
        IDictionary<string, object?> dictionary => new DictionarySource(dictionary),
        IReadOnlyDictionary<string, object?> dictionary => new ReadOnlyDictionarySource(dictionary),
        IDictionary dictionary => new UntypedDictionarySource(dictionary),
        ICustomTypeDescriptor descriptor => new DescriptorSource(descriptor),
        IEnumerable => null,
        _ => ClrSource.Create(value),
    };

    /// <summary>
    /// A source with a lookup by exact name and a list of its members: <see cref="TryGet"/> tries the exact spelling,
    /// then the first member whose name matches in any case, as RulesEngine users write <c>input1.country</c>.
    /// </summary>
    private abstract class KeyedSource : DynamicSource
    {
        public sealed override bool TryGet(string name, out object? value)
        {
            if (TryGetExact(name, out value))
            {
                return true;
            }

            foreach (var (member, memberValue) in Members())
            {
                if (string.Equals(member, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = memberValue;
                    return true;
                }
            }

            value = null;
            return false;
        }

        protected abstract bool TryGetExact(string name, out object? value);

        protected abstract IEnumerable<(string Name, object? Value)> Members();
    }

    private sealed class DictionarySource(IDictionary<string, object?> dictionary) : KeyedSource
    {
        protected override bool TryGetExact(string name, out object? value) => dictionary.TryGetValue(name, out value);

        protected override IEnumerable<(string Name, object? Value)> Members() => dictionary.Select(p => (p.Key, p.Value));
    }

    private sealed class ReadOnlyDictionarySource(IReadOnlyDictionary<string, object?> dictionary) : KeyedSource
    {
        protected override bool TryGetExact(string name, out object? value) => dictionary.TryGetValue(name, out value);

        protected override IEnumerable<(string Name, object? Value)> Members() => dictionary.Select(p => (p.Key, p.Value));
    }

    private sealed class UntypedDictionarySource(IDictionary dictionary) : KeyedSource
    {
        protected override bool TryGetExact(string name, out object? value)
        {
            var found = dictionary.Contains(name);
            value = found ? dictionary[name] : null;
            return found;
        }

        protected override IEnumerable<(string Name, object? Value)> Members() =>
            dictionary.Cast<DictionaryEntry>().Select(e => (e.Key as string ?? string.Empty, e.Value));
    }

    private sealed class ElementSource(JsonElement element) : KeyedSource
    {
        protected override bool TryGetExact(string name, out object? value)
        {
            var found = element.TryGetProperty(name, out var exact);
            value = found ? exact : null;
            return found;
        }

        protected override IEnumerable<(string Name, object? Value)> Members() => element.EnumerateObject().Select(p => (p.Name, (object?)p.Value));
    }

    private sealed class NodeSource(JsonObject node) : KeyedSource
    {
        protected override bool TryGetExact(string name, out object? value)
        {
            var found = node.TryGetPropertyValue(name, out var exact);
            value = exact;
            return found;
        }

        protected override IEnumerable<(string Name, object? Value)> Members() => node.Select(p => (p.Key, (object?)p.Value));
    }

    // A Newtonsoft JObject describes its properties by name; each value is a JToken (a JValue is IConvertible, a
    // JArray a list, a JObject another descriptor), read no further than this interface.
    private sealed class DescriptorSource(ICustomTypeDescriptor descriptor) : DynamicSource
    {
        public override bool TryGet(string name, out object? value)
        {
            var properties = descriptor.GetProperties();
            var property = properties.Find(name, ignoreCase: false) ?? properties.Find(name, ignoreCase: true);
            value = property?.GetValue(descriptor);
            return property is not null;
        }
    }

    // A plain object (an anonymous one, a record in a dictionary): only what the member policy lets an expression read.
    private sealed class ClrSource(object value, IReadOnlyList<MemberInfo> members) : DynamicSource
    {
        public static ClrSource? Create(object value)
        {
            var type = value.GetType();
            return MemberPolicy.IsSafeType(type) && !type.IsPrimitive && !type.IsEnum ? new ClrSource(value, MemberPolicy.ReadableMembers(type)) : null;
        }

        public override bool TryGet(string name, out object? found)
        {
            var member = members.FirstOrDefault(m => m.Name == name) ?? members.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
            found = member switch
            {
                PropertyInfo p => p.GetValue(value),
                FieldInfo f => f.GetValue(value),
                _ => null,
            };
            return member is not null;
        }
    }
}
