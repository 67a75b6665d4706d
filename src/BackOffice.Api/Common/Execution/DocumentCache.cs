using System.Collections.Concurrent;
using BackOffice.Api.Common.Cost;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// Keeps parsed, validated documents by query text, so a dashboard's repeated query skips parsing and the static
/// validation rules. Of <c>CachedDocumentValidationRules</c>, a cached document runs only what can still fail: the cost
/// while the operation has not been priced yet or its price depends on the variables (<see cref="CostInputs"/>; otherwise the
/// price it was given is handed on for the report and the budget), and
/// GET-only for a mutation sent with GET. The introspection switch is fixed at start, so a document that passed it once
/// passes it again. Any other rule runs as it always did. Bounded by total query length.
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

        var cached = _documents.TryGetValue(query, out Entry? entry);
        var operation = cached ? entry!.Operation(options.OperationName) : null;
        if (cached)
        {
            options.Document = entry!.Document;
            options.ValidationRules = entry.RulesFor(operation, options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } document)
        {
            if (!cached)
            {
                entry = new Entry(document);
                _documents.Set(query, entry, new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = TimeSpan.FromHours(1) });
            }

            // Validated in full (a new document) or with the cost rule (a cached one): this operation is priced.
            entry!.Priced(result.Operation ?? operation, (options.UserContext as GraphQLUserContext)?.Cost);
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();

    private sealed class Entry(GraphQLDocument document)
    {
        private readonly ConcurrentDictionary<GraphQLOperationDefinition, CostMetrics> _priced = new(ReferenceEqualityComparer.Instance);
        private readonly bool _costDependsOnVariables = CostInputs.DependOnVariables(document);

        public GraphQLDocument Document => document;

        public void Priced(GraphQLOperationDefinition? operation, CostMetrics? cost)
        {
            // Looked up first: the lookup takes no lock, where adding locks even when the key is there.
            if (operation is not null && cost is not null && !_costDependsOnVariables && !_priced.ContainsKey(operation))
            {
                _priced.TryAdd(operation, cost);
            }
        }

        /// <summary>The operation the executer will choose, or null where it reports an error instead.</summary>
        public GraphQLOperationDefinition? Operation(string? name)
        {
            GraphQLOperationDefinition? match = null;
            foreach (var definition in document.Definitions)
            {
                if (definition is not GraphQLOperationDefinition operation)
                {
                    continue;
                }

                if (!string.IsNullOrEmpty(name) && operation.Name == name)
                {
                    return operation;
                }

                if (string.IsNullOrEmpty(name))
                {
                    if (match is not null)
                    {
                        return null;
                    }

                    match = operation;
                }
            }

            return match;
        }

        public IEnumerable<IValidationRule> RulesFor(GraphQLOperationDefinition? operation, ExecutionOptions options)
        {
            var rules = options.CachedDocumentValidationRules ?? [];
            if (operation is null)
            {
                return rules; // the executer reports the missing or ambiguous operation
            }

            var priced = _priced.TryGetValue(operation, out var cost);
            if (priced && options.UserContext is GraphQLUserContext user)
            {
                user.Cost = cost;
            }

            var queryOnly = options.UserContext is GraphQLUserContext { QueryOnly: true } && operation.Operation != OperationType.Query;
            List<IValidationRule>? needed = null;
            foreach (var rule in rules)
            {
                var skip = rule switch
                {
                    CostValidationRule => priced,
                    QueryOnlyOverGetRule => !queryOnly,
                    NoIntrospectionValidationRule => true,
                    _ => false,
                };
                if (!skip)
                {
                    (needed ??= []).Add(rule);
                }
            }

            // No rule at all also spares the validator its two walks of the document (arguments are still parsed).
            return needed ?? (IEnumerable<IValidationRule>)[];
        }
    }
}
