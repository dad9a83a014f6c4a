using RunnerStrength.Engine.Diagnostics;
using RunnerStrength.Engine.Emit;
using RunnerStrength.Engine.Syntax;
using RunnerStrength.Engine.Text;

namespace RunnerStrength.Engine.Binding;

/// <summary>Members of inputs whose shape was declared from a JSON Schema or a sample (see <see cref="ShapedTypes"/>).</summary>
internal sealed partial class Binder
{
    /// <summary>
    /// Binds <c>target.name</c> when <paramref name="target"/> is a shaped record: a read by name at run time, typed
    /// by the declared shape at load. Null when the target is no shaped record.
    /// </summary>
    private BoundExpression? BindShapedMember(ExpressionSyntax syntax, TextSpan nameSpan, string name, BoundExpression target, string targetText)
    {
        if (ShapedTypes.ShapeOf(TypeFacts.Underlying(target.Type)) is not { } shape)
        {
            return null;
        }

        var declared = shape.Members.Keys.FirstOrDefault(k => k == name) ?? shape.Members.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (declared is null)
        {
            return ErrorAt(nameSpan, syntax, DiagnosticCatalog.UnknownMember, targetText, name, DidYouMean(name, shape.Members.Keys));
        }

        var member = shape.Members[declared];
        if (!ShapedTypes.IsKnown(member))
        {
            var why = member.Kind == ShapeKind.List
                ? "its declaration gives no items to go by (an empty list in the sample, or no 'items' in the schema)"
                : "its declaration gives no value to go by (null in the sample, or no 'type' in the schema)";
            return ErrorAt(nameSpan, syntax, DiagnosticCatalog.UnknownMemberType, targetText + "." + declared, why);
        }

        var type = ShapedTypes.ClrType(member);
        var missing = new Diagnostic(DiagnosticCatalog.MissingMember, _text.GetLocation(nameSpan), targetText, declared);
        return new BoundCall(
            syntax,
            type,
            ShapedReads.ReadMethod.MakeGenericMethod(type),
            target,
            [new BoundLiteral(syntax, typeof(string), declared), new BoundLiteral(syntax, typeof(bool), member.Nullable), new BoundLiteral(syntax, typeof(Diagnostic), missing)]);
    }
}
