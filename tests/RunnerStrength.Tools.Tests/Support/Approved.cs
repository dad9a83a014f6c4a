namespace RunnerStrength.Tools.Tests.Support;

/// <summary>Approval files: the expected text lives in Approved/; RUNNERSTRENGTH_UPDATE_GOLDEN=1 rewrites it from the actual.</summary>
internal static class Approved
{
    public const string UpdateVariable = "RUNNERSTRENGTH_UPDATE_GOLDEN";

    public static string Folder => Path.Combine(Repository.TestProject, "Approved");

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
            return;
        }

        File.Exists(path).ShouldBeTrue($"No approved file {path}; run with {UpdateVariable}=1 to create it.");
        actual.ShouldBe(File.ReadAllText(path).ReplaceLineEndings("\n"), $"The output differs from {path}; if the change is deliberate, run with {UpdateVariable}=1.");
    }
}
