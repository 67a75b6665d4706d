using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;
using Snapshooter.Xunit;

namespace BackOffice.Api.Tests.Limits;

/// <summary>HotChocolate's <c>GraphQL-Cost</c> header: <c>report</c> executes and prices, <c>validate</c> prices and runs nothing.</summary>
[Collection(DemoDataCollection.Name)]
public sealed class CostReportTests(ApiFactory api)
{
    private const string Page = "query($n: Int) { orders(first: $n) { nodes { orderId operations { operationId } } } }";

    [Fact]
    public async Task TheReportedCostsOfDashboardDocuments()
    {
        var client = api.Client();
        var orderId = (await client.PostAsync("{ orders(first: 1) { nodes { id } } }")).EnsureNoErrors().Data!["orders"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var documents = new (string Name, string Query, object? Variables)[]
        {
            ("a page of 100 orders with their operations and the count",
                "{ orders(first: 100) { totalCount nodes { orderId operations { operationId operationAmount } } } }", null),
            ("the default page, without first", "{ orders { edges { cursor node { orderId } } pageInfo { hasNextPage } } }", null),
            ("a page sized by a variable (7)", Page, new { n = 7 }),
            ("the last 3 operations", "{ operations(last: 3) { nodes { operationId availableActions { action maxAmount } order { status } } } }", null),
            ("a node through a fragment", "query($id: ID!) { node(id: $id) { ...O } } fragment O on Order { orderId operations { order { orderId } } }", new { id = orderId }),
            ("nodes", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { orderId } }),
            ("statistics by day", "{ orderStatistics { totals { currency orderCount } buckets { start volumes { amount } } } }", null),
            ("a small introspection query", "{ __type(name: \"Order\") { name fields { name type { name } } } }", null),
            ("the viewer", "{ viewer { merchantId role } }", null),
            ("the introspection query of an IDE", Transport.HttpTransportTests.IntrospectionQuery, null),
        };

        var costs = new JsonObject();
        foreach (var (name, query, variables) in documents)
        {
            var response = await PostAsync(client, query, variables, "report");
            response.EnsureNoErrors();
            Assert.NotNull(response.Data);
            costs[name] = response.Json["extensions"]!["operationCost"]!.DeepClone();
        }

        Snapshot.Match(costs.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task AListIsPricedByTheFirstItsVariableAsksForEvenOnACachedDocument()
    {
        var client = api.Client();
        foreach (var n in new[] { 5, 50, 5 })
        {
            var cost = (await PostAsync(client, Page, new { n }, "report")).EnsureNoErrors().Json["extensions"]!["operationCost"]!;
            // orders 10 + nodes 1 + n × an order's operations 10; objects: the query, the connection, n × (an order + 20 operations)
            Assert.Equal(11 + (10 * n), cost["fieldCost"]!.GetValue<double>());
            Assert.Equal(2 + (21 * n), cost["typeCost"]!.GetValue<double>());
        }
    }

    [Fact]
    public async Task ACachedDocumentWithoutVariablesReportsItsPriceEveryTime()
    {
        var client = api.Client();
        const string query = "{ orders(first: 3) { nodes { orderId } } cached: orders(first: 2) { totalCount } }";
        var first = (await PostAsync(client, query, null, "report")).EnsureNoErrors().Json["extensions"]!["operationCost"]!.ToJsonString();
        var again = (await PostAsync(client, query, null, "report")).EnsureNoErrors().Json["extensions"]!["operationCost"]!.ToJsonString();
        Assert.Equal("""{"fieldCost":2521,"typeCost":6}""", first);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task ValidateAnswersTheCostOfAMutationAndChangesNothing()
    {
        var client = api.Client("demo-operator-key");
        const string state = "{ orders(first: 1, where: { status: { eq: CAPTURED } }) { nodes { orderId refundedAmount operations { operationId } } } }";
        var order = (await client.PostAsync(state)).EnsureNoErrors().Data!["orders"]!["nodes"]![0]!;
        var commands = api.Commands.ForData;

        var response = await PostAsync(client,
            "mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } order { refundedAmount } errors { __typename } } }",
            new { input = new { operationId = order["operations"]![0]!["operationId"]!.GetValue<string>(), amount = 100, currency = "EUR", idempotencyKey = "cost-validate-1" } },
            "validate");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Json.AsObject().ContainsKey("data"));
        Assert.Null(response.Errors);
        Assert.Equal(13, response.Json["extensions"]!["operationCost"]!["fieldCost"]!.GetValue<double>());
        Assert.Equal(commands, api.Commands.ForData);
        Assert.Equal(order.ToJsonString(), (await client.PostAsync(state)).EnsureNoErrors().Data!["orders"]!["nodes"]![0]!.ToJsonString());
    }

    [Fact]
    public async Task ValidatePricesOverTheLimitsWithoutRefusingAndReportRefusesWithThePrice()
    {
        var client = api.Client();
        var validated = await PostAsync(client, HostileDocuments.CountAliases(30), null, "validate");
        Assert.Equal(HttpStatusCode.OK, validated.Status);
        Assert.Null(validated.Errors);
        Assert.Equal(75_300, validated.Json["extensions"]!["operationCost"]!["fieldCost"]!.GetValue<double>());

        var reported = await PostAsync(client, HostileDocuments.CountAliases(30), null, "report");
        Assert.Equal("MAX_FIELD_COST_EXCEEDED", reported.FirstErrorCode);
        Assert.Equal(75_300, reported.Json["extensions"]!["operationCost"]!["fieldCost"]!.GetValue<double>());
    }

    [Fact]
    public async Task AnUnknownCostHeaderValueIsABadRequest()
    {
        var response = await PostAsync(api.Client(), "{ __typename }", null, "everything");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
    }

    [Fact]
    public async Task AnInvalidDocumentIsReportedAsSuchUnderValidate()
    {
        var response = await PostAsync(api.Client(), "{ orders { nope } }", null, "validate");
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", response.FirstErrorCode);
    }

    [Fact]
    public async Task EveryRequestOfABatchAndAnSseAnswerReportTheirOwnPrice()
    {
        var batch = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new[] { new { query = "{ orders(first: 3) { nodes { orderId } } }" }, new { query = "{ orders(first: 1) { totalCount } }" } }),
        };
        batch.Headers.Add("X-Api-Key", "demo-reader-key");
        batch.Headers.Add("GraphQL-Cost", "report");
        using var answer = await api.CreateClient().SendAsync(batch);
        var results = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal([11, 2510], results.Select(r => r!["extensions"]!["operationCost"]!["fieldCost"]!.GetValue<double>()));

        var stream = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ orders(first: 3) { nodes { orderId } } }" }) };
        stream.Headers.Add("X-Api-Key", "demo-reader-key");
        stream.Headers.Add("GraphQL-Cost", "validate");
        stream.Headers.Accept.ParseAdd("text/event-stream");
        using var events = await api.CreateClient().SendAsync(stream);
        var next = (await events.Content.ReadAsStringAsync()).Split('\n').First(line => line.StartsWith("data: {", StringComparison.Ordinal));
        var result = JsonNode.Parse(next["data: ".Length..])!;
        Assert.Null(result["data"]); // validate: priced, not run
        Assert.Equal(11, result["extensions"]!["operationCost"]!["fieldCost"]!.GetValue<double>());
    }

    internal static Task<GraphQLClient.GraphQLResponse> PostAsync(GraphQLClient client, string query, object? variables, string costHeader)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("GraphQL-Cost", costHeader);
        return client.SendAsync(request);
    }
}
