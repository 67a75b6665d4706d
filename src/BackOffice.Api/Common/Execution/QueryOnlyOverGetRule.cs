using GraphQL.Validation;
using GraphQLParser.AST;

namespace BackOffice.Api.Common.Execution;

/// <summary>Refuses mutations and subscriptions sent with GET; the HTTP transport answers that with 405.</summary>
public sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.UserContext is GraphQLUserContext { QueryOnly: true } && context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new QueryOnlyOverGetError(context.Document.Source, context.Operation));
        }

        return default;
    }
}

public sealed class QueryOnlyOverGetError(ReadOnlyMemory<char> source, ASTNode operation)
    : ValidationError(source, null, "Only queries may be sent with GET; send mutations with POST.", operation)
{
    public const string ErrorCode = "QUERY_ONLY_OVER_GET";
}
