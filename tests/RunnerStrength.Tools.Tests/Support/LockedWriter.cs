using System.Text;

namespace RunnerStrength.Tools.Tests.Support;

/// <summary>A string writer one thread writes to while another reads what it has so far (a --watch run and its test).</summary>
internal sealed class LockedWriter : StringWriter
{
    // Monitor, which a thread may enter again: the base class calls one Write from another.
    private readonly object _lock = new();

    public LockedWriter()
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        NewLine = "\n";
    }

    /// <summary>Everything written so far.</summary>
    public string Text
    {
        get
        {
            lock (_lock)
            {
                return base.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        lock (_lock)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_lock)
        {
            base.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_lock)
        {
            base.Write(buffer, index, count);
        }
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_lock)
        {
            base.Write(buffer);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_lock)
        {
            base.WriteLine(value);
        }
    }

    public override void Write(StringBuilder? value)
    {
        lock (_lock)
        {
            base.Write(value);
        }
    }

    public override string ToString() => Text;
}
