using System.Globalization;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Security;
using GraphQL.Transport;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.TrustedDocuments;

/// <summary>
/// Turns a request that names a stored document into one that carries its text, for every transport at once
/// (<see cref="Common.Execution.GraphQLRequestExecutor"/> calls it before executing):
/// HotChocolate's <c>{"id": …}</c> and GraphQL.NET's <c>documentId</c>; Apollo's automatic persisted queries
/// (<c>extensions.persistedQuery.sha256Hash</c>: the hash alone runs a stored document or answers <c>PersistedQueryNotFound</c>,
/// the query with its hash registers it); and the persisted-only rule: such a key runs only the trusted documents of
/// the directory, however they are sent, and registers none (a leaked dashboard key cannot add a document it may then run).
/// Resolving a resolved request changes nothing, so a transport may resolve first (a subscription's audience is its text).
/// </summary>
public sealed class DocumentResolver(TrustedDocumentDirectory directory, RegisteredDocumentStore registered, IOptions<DocumentStoreOptions> options)
{
    /// <summary>The extension Apollo's automatic persisted queries send.</summary>
    public const string PersistedQuery = "persistedQuery";
    private readonly bool _registration = options.Value.Registration;

    /// <summary>The hash a request names its document by (Apollo's <c>sha256Hash</c> or a document id), if it names one well.</summary>
    public static string? NamedHash(GraphQLRequest request)
    {
        if (request.Extensions?.GetValueOrDefault(PersistedQuery) is IDictionary<string, object?> fields)
        {
            return fields.TryGetValue("sha256Hash", out var sent) && DocumentHash.TryNormalize(sent as string, out var hash) ? hash : null;
        }

        return request.DocumentId is { } id && DocumentHash.TryParseId(id, out var named) ? named : null;
    }

    public async Task<DocumentResolution> ResolveAsync(GraphQLRequest request, AuthenticatedKey key, CancellationToken cancellationToken)
    {
        var hasQuery = !string.IsNullOrEmpty(request.Query);
        if (request.Extensions is { } extensions && extensions.TryGetValue(PersistedQuery, out var persistedQuery))
        {
            if (request.DocumentId is not null)
            {
                return DocumentResolution.Refused(request, GraphQLErrorCodes.InvalidRequest,
                    "Send either a document id or extensions.persistedQuery, not both.");
            }

            return await ResolveApqAsync(request, persistedQuery, key, cancellationToken);
        }

        if (request.DocumentId is { } id)
        {
            if (hasQuery)
            {
                return DocumentResolution.Refused(request, GraphQLErrorCodes.InvalidRequest, "Send either 'query' or a document id, not both.");
            }

            if (!DocumentHash.TryParseId(id, out var hash))
            {
                return DocumentResolution.Refused(request, GraphQLErrorCodes.InvalidPersistedQuery,
                    "A document id is the SHA-256 of the document's text: 64 hex digits, optionally prefixed with 'sha256:'.");
            }

            return await FindAsync(hash, key, cancellationToken) is { } text
                ? new DocumentResolution(WithQuery(request, text))
                : DocumentResolution.Refused(request, GraphQLErrorCodes.PersistedQueryNotFound, $"No stored document has the id '{id}'.");
        }

        if (!hasQuery)
        {
            return DocumentResolution.Refused(request, GraphQLErrorCodes.InvalidRequest,
                "The request has no 'query' (nor a document id or extensions.persistedQuery).");
        }

        return key.PersistedOnly && directory.Find(DocumentHash.Of(request.Query!)) is null ? PersistedOnly(request) : new DocumentResolution(request);
    }

    private async Task<DocumentResolution> ResolveApqAsync(GraphQLRequest request, object? persistedQuery, AuthenticatedKey key, CancellationToken cancellationToken)
    {
        if (persistedQuery is not IDictionary<string, object?> fields
            || !fields.TryGetValue("sha256Hash", out var sent) || !DocumentHash.TryNormalize(sent as string, out var hash))
        {
            return DocumentResolution.Refused(request, GraphQLErrorCodes.InvalidPersistedQuery,
                "extensions.persistedQuery must hold a 'sha256Hash' of 64 hex digits and 'version': 1.");
        }

        if (!fields.TryGetValue("version", out var version) || Convert.ToString(version, CultureInfo.InvariantCulture) != "1")
        {
            return DocumentResolution.Refused(request, GraphQLErrorCodes.InvalidPersistedQuery, "Only version 1 of persisted queries is supported.");
        }

        var stored = await FindAsync(hash, key, cancellationToken);
        if (string.IsNullOrEmpty(request.Query))
        {
            // Apollo's link knows this message and code: it sends the query with the hash next.
            return stored is not null
                ? new DocumentResolution(WithQuery(request, stored))
                : DocumentResolution.Refused(request, GraphQLErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");
        }

        var actual = DocumentHash.Of(request.Query);
        if (actual != hash)
        {
            return DocumentResolution.Refused(request, GraphQLErrorCodes.PersistedQueryHashMismatch,
                $"extensions.persistedQuery.sha256Hash is not the SHA-256 of the query text (UTF-8): that is {actual}.");
        }

        if (stored is not null)
        {
            return new DocumentResolution(request);
        }

        if (key.PersistedOnly)
        {
            return PersistedOnly(request);
        }

        return new DocumentResolution(request, Registers: _registration ? hash : null);
    }

    /// <summary>A persisted-only key sees the trusted directory alone; other keys also their merchant's registered documents.</summary>
    private async Task<string?> FindAsync(string hash, AuthenticatedKey key, CancellationToken cancellationToken) =>
        directory.Find(hash) ?? (key.PersistedOnly ? null : await registered.FindAsync(key.MerchantId, hash, cancellationToken));

    private static DocumentResolution PersistedOnly(GraphQLRequest request) =>
        DocumentResolution.Refused(request, GraphQLErrorCodes.PersistedQueryOnly,
            "This API key runs only the trusted documents shipped with its front end; send one of those by its hash or id.");

    private static GraphQLRequest WithQuery(GraphQLRequest request, string text) => new()
    {
        Query = text,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
    };
}
