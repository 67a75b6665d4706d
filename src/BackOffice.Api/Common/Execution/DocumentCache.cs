using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// Keeps parsed, validated documents by query text, so a dashboard's repeated query skips parsing and the
/// static validation rules. Only the rules that depend on variables or on the request (complexity, GET-only)
/// run again, as <c>CachedDocumentValidationRules</c>. Bounded by total query length.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = 2_000_000 });

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        var cached = _documents.TryGetValue(query, out GraphQLDocument? document);
        if (cached)
        {
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
        }

        var result = await next(options);
        if (!cached && result.Executed && result.Document is not null)
        {
            _documents.Set(query, result.Document, new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();
}
