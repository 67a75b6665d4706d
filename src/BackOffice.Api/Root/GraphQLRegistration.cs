using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackOffice.Api.Root;

public static class GraphQLRegistration
{
    public static IServiceCollection AddBackOfficeGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var introspection = IntrospectionSwitch.From(configuration);
        // Every request's deadline (HotChocolate's default): it cancels the resolvers and their database commands.
        var timeout = configuration.GetValue("GraphQL:Execution:Timeout", TimeSpan.FromSeconds(30));
        services.Configure<GraphQLLimits>(configuration.GetSection(GraphQLLimits.Section));
        services.AddSingleton(introspection);
        services.AddScoped<Orders.OrderLoaders>();
        services.AddScoped<Operations.OperationLoaders>();
        services.AddScoped<Security.ApiKeyNames>();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<BackOfficeSchema>()
            .AddGraphTypes(typeof(BackOfficeSchema).Assembly)
            .AddSystemTextJson(json =>
            {
                json.Converters.Add(new ExecutionResultWriter());
                json.Converters.Add(new TrustedDocuments.GraphQLRequestConverter());
            })
            .AddErrorInfoProvider<MaskingErrorInfoProvider>()
            // EF Core contexts are not thread-safe: resolve fields one at a time; batch loaders still batch.
            .AddExecutionStrategy<PlainSelectionExecutionStrategy>(OperationType.Query)
            .AddValidationRule<CostValidationRule>(useForCachedDocuments: true)
            .AddExecutionStrategySelector<CostGate>()
            .AddSchemaVisitor<ResolverCostDefaults>()
            .AddValidationRule<QueryOnlyOverGetRule>(useForCachedDocuments: true)
            .ConfigureExecution<DocumentCache>()
            .ConfigureExecution<DocumentDepthGuard>()
            .WithTimeout(timeout, TimeoutAction.ReturnTimeoutError)
            .ConfigureExecutionOptions(options =>
            {
                if (!introspection.Enabled)
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

        // Documents are sized before any rule expands them: one bound for POST, GET and the socket, which all validate here.
        services.Replace(ServiceDescriptor.Singleton<IDocumentValidator, BoundedDocumentValidator>());
        return services;
    }
}
