using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;
using RunnerStrength.Tools.Cli;

namespace RunnerStrength.Tools.Tests.Cli;

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class DiskValidatedTextStoreTests
{
    private const string Schema = """{ "type": "object", "properties": { "n": { "type": "integer" } }, "additionalProperties": false }""";

    [Fact]
    public void A_text_that_passed_once_is_not_validated_again_and_a_failing_text_is_never_remembered()
    {
        var folder = Directory.CreateTempSubdirectory("rs-cache-").FullName;
        var previous = JsonSchemaValidator.ValidatedTexts;
        try
        {
            var store = new DiskValidatedTextStore(Path.Combine(folder, "validated"));

            // The store is process-wide: count only what this test's thread adds, so work left running by other
            // tests cannot make the count wrong.
            var recording = new ThisThreadsKeys(store);
            JsonSchemaValidator.ValidatedTexts = recording;
            var validator = JsonSchemaValidator.FromSchemaText(Schema);

            validator.Validate(SourceText.From("""{ "n": 1 }""", "good.json")).ShouldBeEmpty();
            validator.Validate(SourceText.From("""{ "n": "x" }""", "bad.json")).ShouldNotBeEmpty();

            recording.Added.Count.ShouldBe(1, "only the passing text is remembered");
            File.Exists(Path.Combine(store.Directory, recording.Added[0])).ShouldBeTrue("the store keeps it on disk");
            validator.Validate(SourceText.From("""{ "n": "x" }""", "bad.json")).ShouldNotBeEmpty("a failing text is checked every time");
            validator.Validate(SourceText.From("""{ "n": 1 }""", "good.json")).ShouldBeEmpty();
            recording.Added.Count.ShouldBe(1, "a text that passed is not validated and added again");
        }
        finally
        {
            JsonSchemaValidator.ValidatedTexts = previous;
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_cache_is_turned_off_with_off_and_moved_with_the_variable()
    {
        var previous = Environment.GetEnvironmentVariable(DiskValidatedTextStore.Variable);
        try
        {
            Environment.SetEnvironmentVariable(DiskValidatedTextStore.Variable, "off");
            DiskValidatedTextStore.FromEnvironment().ShouldBeNull();

            Environment.SetEnvironmentVariable(DiskValidatedTextStore.Variable, "/tmp/rs-cache-elsewhere");
            DiskValidatedTextStore.FromEnvironment()!.Directory.ShouldBe(Path.Combine("/tmp/rs-cache-elsewhere", "validated"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(DiskValidatedTextStore.Variable, previous);
        }
    }

    /// <summary>The disk store, noting the keys this thread adds.</summary>
    private sealed class ThisThreadsKeys(DiskValidatedTextStore inner) : IValidatedTextStore
    {
        private readonly int _thread = Environment.CurrentManagedThreadId;

        public List<string> Added { get; } = [];

        public bool Contains(string key) => inner.Contains(key);

        public void Add(string key)
        {
            inner.Add(key);
            if (Environment.CurrentManagedThreadId == _thread)
            {
                Added.Add(key);
            }
        }
    }
}
