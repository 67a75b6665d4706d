using GraphQL;
using GraphQL.Execution;

namespace BackOffice.Api.Common.Errors;

/// <summary>
/// Errors as clients see them: every error has a <c>code</c>; an unexpected exception becomes <c>INTERNAL</c> with a
/// message that names the correlation id (set by the unhandled-exception handler), never a type name or stack trace.
/// </summary>
public sealed class MaskingErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is UnhandledError)
        {
            var extensions = new Dictionary<string, object?> { ["code"] = GraphQLErrorCodes.Internal };
            return new ErrorInfo { Message = info.Message, Extensions = extensions };
        }

        return info;
    }
}
