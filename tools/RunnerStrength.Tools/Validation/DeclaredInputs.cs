using System.Collections.Immutable;
using System.Text;
using RunnerStrength.Coaching.Planning.Rules;
using RunnerStrength.Engine.Binding;
using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.IO;
using RunnerStrength.Engine.Json;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Tools.Validation;

/// <summary>
/// The inputs <c>validate --input NAME=FILE</c> declares for RulesEngine files, each from a sample JSON document or a
/// JSON Schema of it (<see cref="InputDeclaration.FromSampleOrSchema"/>), so that their rules are type-checked as a host
/// that passes such inputs would have them checked.
/// </summary>
internal sealed record DeclaredInputs(ImmutableArray<InputDeclaration> Inputs, ImmutableArray<string> Files)
{
    /// <summary>No inputs declared: every rule file is read as a coaching one.</summary>
    public static DeclaredInputs None { get; } = new([], []);

    /// <summary>True when <c>--input</c> declared anything: rule files outside a coaching rule set are RulesEngine files.</summary>
    public bool Any => !Inputs.IsEmpty;

    /// <summary>
    /// Reads every <c>NAME=FILE</c> of <paramref name="values"/>. Problems are reported, all of them, and make the result
    /// null: RS4021 (not NAME=FILE, or a name no expression can read), RS4016 (a name given twice), RS9001-RS9006 (the
    /// file), RS1001 (its JSON, at its line and column), RS4022 (a document an input cannot be declared from).
    /// </summary>
    public static DeclaredInputs? Read(IReadOnlyList<string> values, DiagnosticBag diagnostics)
    {
        var inputs = ImmutableArray.CreateBuilder<InputDeclaration>();
        var files = ImmutableArray.CreateBuilder<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var failed = false;
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? value : value[..equals];
            var path = equals < 0 ? string.Empty : value[(equals + 1)..];
            if (equals < 0 || name.Length == 0 || path.Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidInputDeclaration, Location.None, value, "write NAME=FILE, where FILE is a sample JSON document or a JSON Schema of the input, such as input1=order.sample.json");
                failed = true;
                continue;
            }

            if (!IsName(name))
            {
                diagnostics.Report(DiagnosticCatalog.InvalidInputDeclaration, Location.None, value, $"'{name}' is not a name an expression can read; use letters, digits and _, not starting with a digit, such as input1");
                failed = true;
                continue;
            }

            if (!names.Add(name))
            {
                // Names are found in any case when not spelt exactly, so two that differ only in case are one input.
                diagnostics.Report(DiagnosticCatalog.DuplicateInput, Location.None, name);
                failed = true;
                continue;
            }

            if (Declare(name, path, diagnostics) is { } input)
            {
                inputs.Add(input);
                files.Add(Path.GetFullPath(path));
            }
            else
            {
                failed = true;
            }
        }

        return failed ? null : new DeclaredInputs(inputs.ToImmutable(), files.ToImmutable());
    }

    private static InputDeclaration? Declare(string name, string path, DiagnosticBag diagnostics)
    {
        var display = PathDisplay.Of(path);
        if (InputFile.ReadBytes(path, display, Location.None, InputFile.DefaultMaxBytes, diagnostics) is not { } bytes)
        {
            return null;
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(DiagnosticCatalog.CannotRead, Location.None, display, "it is not UTF-8 text");
            return null;
        }

        // Our own reader first, for a syntax error placed at its line and column.
        var source = SourceText.From(text, display);
        var parsed = JsonParser.Parse(source);
        if (parsed.Diagnostics.Any(d => d.IsError))
        {
            diagnostics.AddRange(parsed.Diagnostics);
            return null;
        }

        try
        {
            return InputDeclaration.FromSampleOrSchema(name, text);
        }
        catch (ArgumentException ex)
        {
            diagnostics.Report(DiagnosticCatalog.UnusableInputShape, new Location(source, new TextSpan(0, Math.Min(1, text.Length))), name, display, ex.Message.Replace($" (Parameter '{ex.ParamName}')", string.Empty, StringComparison.Ordinal));
            return null;
        }
    }

    private static bool IsName(string name) =>
        (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
