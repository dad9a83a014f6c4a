using System.Diagnostics;
using System.Formats.Tar;

namespace RunnerStrength.Tools.Cli;

/// <summary>
/// A folder of a git work tree as it was at a revision (<c>HEAD~1</c>, a branch, a commit), extracted into a temporary
/// folder with <c>git archive</c>, so <c>diff --against HEAD~1</c> compares with the last commit without touching the
/// work tree, the index or the stash. Deleting the snapshot deletes the temporary folder.
/// </summary>
internal sealed class GitSnapshot : IDisposable
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Bigger archives are refused: a rules folder is kilobytes, so this only stops a mistaken revision of a huge tree.</summary>
    private const long MaxArchiveBytes = 256L * 1024 * 1024;

    private readonly string _root;

    private GitSnapshot(string root, string folder)
    {
        _root = root;
        Folder = folder;
    }

    /// <summary>The folder as it was at the revision.</summary>
    public string Folder { get; }

    /// <summary>
    /// Extracts <paramref name="folder"/> at <paramref name="revision"/>; null with <paramref name="error"/> saying why
    /// when the folder is not in a git work tree, git is missing, or the revision does not name a commit with that folder.
    /// </summary>
    public static GitSnapshot? Take(string folder, string revision, out string? error)
    {
        error = null;
        if (revision.StartsWith('-') || revision.Any(char.IsControl))
        {
            error = $"'{revision}' is not a folder, nor a git revision";
            return null;
        }

        var full = Path.GetFullPath(folder);
        if (Git(full, ["rev-parse", "--show-toplevel", "--show-prefix"], out var where) is { } notRepo)
        {
            error = $"'{revision}' is not a folder, and the rules folder is not in a git work tree to read it as a revision ({notRepo})";
            return null;
        }

        // git archive reads a tree path from the top of the work tree, so it runs there.
        var lines = System.Text.Encoding.UTF8.GetString(where).Split('\n');
        var top = lines[0].Trim();
        var prefix = lines.Length > 1 ? lines[1].Trim() : string.Empty;
        if (Git(full, ["rev-parse", "--verify", "--quiet", revision + "^{commit}"], out _) is not null)
        {
            error = $"'{revision}' is not a folder, nor a git revision of the rules folder's repository";
            return null;
        }

        // The tree of the rules folder at that commit ("HEAD~1:rules/"), so the archive's paths start inside it.
        if (Git(top, ["archive", "--format=tar", $"{revision}^{{commit}}:{prefix}"], out var tar) is { } archiveError)
        {
            error = $"the rules folder does not exist at '{revision}' ({archiveError})";
            return null;
        }

        var root = Directory.CreateTempSubdirectory("rs-against-").FullName;
        try
        {
            using (var stream = new MemoryStream(tar))
            {
                TarFile.ExtractToDirectory(stream, root, overwriteFiles: false);
            }

            return new GitSnapshot(root, root);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error = $"the rules folder at '{revision}' could not be extracted: {ex.Message}";
            Directory.Delete(root, recursive: true);
            return null;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless; the comparison is done.
        }
    }

    /// <summary>Runs git in <paramref name="directory"/>; null on success (its output in <paramref name="output"/>), else the reason.</summary>
    private static string? Git(string directory, string[] args, out byte[] output)
    {
        output = [];
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            using var buffer = new MemoryStream();
            var copy = Task.Run(() => CopyBounded(process.StandardOutput.BaseStream, buffer));
            if (!process.WaitForExit(GitTimeout))
            {
                process.Kill(entireProcessTree: true);
                return "git did not answer in time";
            }

            process.WaitForExit();
            if (!copy.GetAwaiter().GetResult())
            {
                return "the archive is larger than 256 MiB";
            }

            output = buffer.ToArray();
            return process.ExitCode == 0 ? null : (error.Result.Trim() is { Length: > 0 } message ? message.Split('\n')[0] : $"git exited with {process.ExitCode}");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "git is not installed";
        }
    }

    private static bool CopyBounded(Stream source, MemoryStream target)
    {
        // Past the limit the rest is read and dropped, so git finishes instead of waiting on a full pipe.
        var chunk = new byte[81920];
        var fits = true;
        int read;
        while ((read = source.Read(chunk)) > 0)
        {
            fits = fits && target.Length + read <= MaxArchiveBytes;
            if (fits)
            {
                target.Write(chunk, 0, read);
            }
        }

        return fits;
    }
}
