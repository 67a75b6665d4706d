using GraphQLParser.AST;

namespace BackOffice.Api.Common.Execution;

public static class DocumentVariables
{
    /// <summary>Whether a value (or a list of arguments) names a variable anywhere inside it.</summary>
    public static bool Used(ASTNode node) => node switch
    {
        GraphQLVariable => true,
        GraphQLListValue list => list.Values?.Any(Used) == true,
        GraphQLObjectValue value => value.Fields?.Any(f => Used(f.Value)) == true,
        GraphQLArguments arguments => arguments.Items.Any(a => Used(a.Value)),
        _ => false,
    };
}
