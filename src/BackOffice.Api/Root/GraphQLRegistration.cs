using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Operations;
using BackOffice.Api.Orders;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace BackOffice.Api.Root;

public static class GraphQLRegistration
{
    /// <summary>Deepest query accepted: the standard introspection query is 13 levels; a real dashboard query is under 8.</summary>
    public const int MaxDepth = 15;

    /// <summary>100 orders × 15 fields × 20 operations each × 15 fields ≈ 31,500: every legitimate page passes, a fan-out bomb does not.</summary>
    public const int MaxComplexity = 50_000;

    public static IServiceCollection AddBackOfficeGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var introspection = configuration.GetValue("GraphQL:Introspection:Enabled", true);
        services.AddScoped<OrderLoaders>();
        services.AddScoped<OperationLoaders>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<BackOfficeSchema>()
            .AddGraphTypes(typeof(BackOfficeSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<MaskingErrorInfoProvider>()
            // EF Core contexts are not thread-safe: resolve fields one at a time; batch loaders still batch.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddValidationRule(
                new ComplexityValidationRule(new ComplexityOptions { MaxDepth = MaxDepth, MaxComplexity = MaxComplexity }),
                useForCachedDocuments: true)
            .AddValidationRule<QueryOnlyOverGetRule>(useForCachedDocuments: true)
            .ConfigureExecution<DocumentCache>()
            .ConfigureExecutionOptions(options =>
            {
                if (!introspection)
                {
                    // Production may hide the schema: __schema and __type are refused, the IDE is of no use then either.
                    var rule = NoIntrospectionValidationRule.Instance;
                    options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(rule);
                    options.CachedDocumentValidationRules = (options.CachedDocumentValidationRules ?? []).Append(rule);
                }
            })
            .AddUnhandledExceptionHandler(context =>
            {
                var services = context.ExecutionOptions.RequestServices;
                var correlationId = services?.GetService<RequestContext>()?.CorrelationId ?? "unknown";
                services?.GetService<ILogger<BackOfficeSchema>>()?.LogError(context.OriginalException,
                    "Unhandled error in GraphQL execution (correlation id {CorrelationId})", correlationId);
                context.ErrorMessage = $"An unexpected error occurred; quote correlation id {correlationId} when you report it.";
            }));
        return services;
    }
}
