namespace RunnerStrength.Engine.IO;

/// <summary>What a path names once symbolic links are followed; only a regular file is ever read or replaced.</summary>
public enum PathKind
{
    /// <summary>Nothing at the path (or a symbolic link that leads nowhere).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    RegularFile,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A character or block device such as <c>/dev/zero</c>.</summary>
    Device,

    /// <summary>A named pipe (FIFO): opening it waits for a writer.</summary>
    Fifo,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>Anything else the file system reports.</summary>
    Other,
}
