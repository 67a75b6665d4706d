using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// Whether a document's cost (<see cref="Cost.CostAnalyzer"/>) can change with its variables. The analyzer reads only the
/// slicing arguments of a list (<c>first</c>, <c>last</c>: the only ones this schema's <c>@listSize</c> names) and the
/// <c>@skip</c>/<c>@include</c> conditions; a document with no variable in any of them costs the same whatever the variables
/// hold (an <c>after</c> cursor or an <c>orderId</c> does not move the price), so once priced it need not be priced again.
/// </summary>
public static class CostInputs
{
    private static readonly HashSet<string> PricedArguments = ["first", "last"];

    public static bool DependOnVariables(GraphQLDocument document)
    {
        var context = new Context();
        new Finder().VisitAsync(document, context).AsTask().GetAwaiter().GetResult(); // the visitor never awaits
        return context.Found;
    }

    private sealed class Context : IASTVisitorContext
    {
        public bool Found { get; set; }

        public CancellationToken CancellationToken => default;
    }

    private sealed class Finder : ASTVisitor<Context>
    {
        public override ValueTask VisitAsync(ASTNode? node, Context context) =>
            context.Found ? default : base.VisitAsync(node, context);

        protected override ValueTask VisitDirectiveAsync(GraphQLDirective directive, Context context)
        {
            context.Found |= directive.Arguments is { } arguments && DocumentVariables.Used(arguments);
            return default;
        }

        protected override ValueTask VisitArgumentAsync(GraphQLArgument argument, Context context)
        {
            context.Found |= PricedArguments.Contains(argument.Name.StringValue) && DocumentVariables.Used(argument.Value);
            return default;
        }

        protected override ValueTask VisitVariableDefinitionAsync(GraphQLVariableDefinition variableDefinition, Context context) =>
            default; // a variable's default value is no use of it
    }
}
