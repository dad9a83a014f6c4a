namespace RunnerStrength.Coaching.Tests.Planning;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "runner-strength-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A copy of the repository's <c>rules/</c> folder: workflows, catalog, manifest and variants, and with <paramref name="everything"/> the examples and scenarios too.</summary>
    public static TempFolder WithRules(out string rules, bool everything = false)
    {
        var folder = new TempFolder();
        rules = folder.Combine("rules");
        CopyDirectory(RepositoryPaths.Rules, rules, skip: everything ? [] : ["examples", "tests"]);
        return folder;
    }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes <paramref name="text"/> to a file below the folder, creating folders on the way.</summary>
    public string Write(string relative, string text)
    {
        var file = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    private static void CopyDirectory(string source, string target, string[] skip)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(source).Where(d => !skip.Contains(System.IO.Path.GetFileName(d))))
        {
            CopyDirectory(directory, System.IO.Path.Combine(target, System.IO.Path.GetFileName(directory)), []);
        }
    }
}
