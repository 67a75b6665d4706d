using GraphQL;
using GraphQL.Transport;

namespace BackOffice.Api.TrustedDocuments;

/// <summary>
/// What <see cref="DocumentResolver"/> made of a request: the request with its document text to run, or the error that refuses it.
/// <see cref="Registers"/>: the text came with its hash and is not stored yet; it is stored once it has validated.
/// </summary>
public sealed record DocumentResolution(GraphQLRequest Request, ExecutionError? Error = null, string? Registers = null)
{
    public static DocumentResolution Refused(GraphQLRequest request, string code, string message) =>
        new(request, new ExecutionError(message) { Code = code });
}
