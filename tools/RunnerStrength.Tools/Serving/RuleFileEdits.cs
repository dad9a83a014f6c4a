using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Json;

namespace RunnerStrength.Tools.Serving;

/// <summary>The <c>files</c> of a validate or diff request: rule files of the rules folder as the coach is editing them.</summary>
internal static class RuleFileEdits
{
    /// <summary>The files by name; a name outside the rules folder or a malformed item is reported and left out.</summary>
    public static Dictionary<string, string> Read(RequestMembers members, string rules)
    {
        var edits = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in members.Array("files", required: true))
        {
            if (item is not JsonObjectSyntax file)
            {
                members.Problems.Report(DiagnosticCatalog.WrongJsonType, members.At(item), "files", "an array of { \"path\", \"text\" } objects", item.KindDescription);
                continue;
            }

            var fields = new RequestMembers(members.Request, file, "a file", ["path", "text"], members.Problems);
            var (name, text) = (fields.String("path", required: true), fields.String("text", required: true));
            if (name is not null && text is not null && RuleFileName.Resolve(rules, name, fields.At(fields.Node("path")!), members.Problems) is not null)
            {
                edits[name] = text;
            }
        }

        return edits;
    }
}
