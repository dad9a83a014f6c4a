using System.Runtime.InteropServices;
using System.Text;

namespace RunnerStrength.Engine.IO;

/// <summary>Tells what a path is without opening it (opening a FIFO blocks until someone writes to it).</summary>
public static partial class PathKinds
{
    // The runtime's own stat (libSystem.Native, shipped with every .NET on Linux and macOS) reports the file type in a
    // layout that is the same on every architecture: Flags (int32), then Mode (int32) whose S_IFMT bits use these values.
    // FileSystemInfo cannot tell a device or a FIFO from a regular file: all three are "Normal".
    private const int TypeMask = 0xF000;
    private const int FifoType = 0x1000;
    private const int CharacterDeviceType = 0x2000;
    private const int FolderType = 0x4000;
    private const int BlockDeviceType = 0x6000;
    private const int RegularType = 0x8000;
    private const int SocketType = 0xC000;

    /// <summary>What <paramref name="path"/> names, following symbolic links to their final target.</summary>
    public static PathKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
        {
            return PathKind.Missing;
        }

        if (OperatingSystem.IsWindows())
        {
            return OfWindowsPath(path);
        }

        var status = new byte[256];
        if (Stat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
        {
            return PathKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularType => PathKind.RegularFile,
            FolderType => PathKind.Folder,
            CharacterDeviceType or BlockDeviceType => PathKind.Device,
            FifoType => PathKind.Fifo,
            SocketType => PathKind.Socket,
            _ => PathKind.Other,
        };
    }

    /// <summary>How messages name a kind: "a character device", "a folder".</summary>
    public static string Describe(PathKind kind) => kind switch
    {
        PathKind.Missing => "missing",
        PathKind.RegularFile => "a regular file",
        PathKind.Folder => "a folder",
        PathKind.Device => "a device",
        PathKind.Fifo => "a named pipe (FIFO)",
        PathKind.Socket => "a socket",
        _ => "not a regular file",
    };

    private static PathKind OfWindowsPath(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            var final = info.ResolveLinkTarget(returnFinalTarget: true);
            if (final is null || !final.Exists)
            {
                return PathKind.Missing;
            }

            return final is DirectoryInfo ? PathKind.Folder : OfWindowsPath(final.FullName);
        }

        return Directory.Exists(path) ? PathKind.Folder
            : !info.Exists ? PathKind.Missing
            : info.Attributes.HasFlag(FileAttributes.Device) ? PathKind.Device
            : PathKind.RegularFile;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, byte[] status);
}
