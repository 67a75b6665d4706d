using BackOffice.Api.Common.Execution;
using BackOffice.Api.Security;
using BackOffice.Api.Tests.Support;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Transport;

/// <summary>
/// The query strategy and the response writer (values held by their objects, written without a serializer lookup per
/// value) answer the very bytes GraphQL.NET's own serial strategy and writer answer.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class ResultWriterTests(ApiFactory api)
{
    [Theory]
    [InlineData("{ orders(first: 20, order: [{ createdAt: DESC }]) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id orderId amount currency customerId description status channel createdAt lastOperationType lastOperationTime operations { operationId operationType operationResult operationAmount operationTime } } } } }")]
    [InlineData("{ order(orderId: \"no such order\") { orderId } orders(first: -1) { totalCount } }")]
    [InlineData("{ __type(name: \"Order\") { name fields { name isDeprecated type { kind name ofType { name } } } } }")]
    public async Task ItWritesWhatGraphQLNetWrites(string query)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var key = await services.GetRequiredService<ApiKeyAuthenticator>().AuthenticateAsync("demo-reader-key", CancellationToken.None);
        services.GetRequiredService<RequestTenant>().SignIn(key!);
        ExecutionOptions Options(ISchema? schema = null) => new()
        {
            Query = query,
            Schema = schema,
            RequestServices = services,
            UserContext = new GraphQLUserContext(),
        };
        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(Options());
        var serial = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(new SerialExecutionStrategy(), GraphQLParser.AST.OperationType.Query)]), []);
        var reference = await serial.ExecuteAsync(Options(services.GetRequiredService<ISchema>()));
        result.Extensions = reference.Extensions = new Dictionary<string, object?> { ["correlationId"] = "c-1" };

        var ours = services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        var theirs = new GraphQLSerializer(services.GetRequiredService<IErrorInfoProvider>()).Serialize(reference);
        Assert.Equal(theirs, ours);
        Assert.Contains("\"data\"", ours, StringComparison.Ordinal);
    }
}
