using BackOffice.Api.Common.Errors;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.Exceptions;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// Parses the document ahead of GraphQL.NET's executer, which reports its parser's depth limit (a 60-deep <c>and</c>, a
/// list of lists) as an unhandled exception, <c>INTERNAL</c> with a stack trace in the log. Here it is the client's
/// error, <c>MAX_DEPTH_EXCEEDED</c>. Runs inside the document cache, so a document is still parsed once and cached.
/// </summary>
public sealed class DocumentDepthGuard(IDocumentBuilder builder) : IConfigureExecution
{
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is null && options.Query is { } query)
        {
            try
            {
                options.Document = builder.Build(query);
            }
            catch (GraphQLMaxDepthExceededException)
            {
                var result = new ExecutionResult { Executed = false };
                result.AddError(new ExecutionError("The document is nested too deeply to parse; flatten its values (nested and/or, lists of lists).")
                {
                    Code = GraphQLErrorCodes.MaxDepthExceeded,
                });
                return result;
            }
            catch (ExecutionError)
            {
                // a syntax error: the executer parses again and reports it as it always does
            }
        }

        return await next(options);
    }
}
