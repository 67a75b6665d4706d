using System.Net;
using System.Net.Http.Json;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Limits;

/// <summary>
/// A cached document skips the rules it has already passed, never those a request can still fail: its price where the
/// variables move it, another operation of the same document, a mutation sent with GET.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class CachedDocumentTests(ApiFactory api)
{
    /// <summary>Thirty counts cost 75,300, over the field-cost limit of 50,000.</summary>
    private static readonly string ThirtyCounts = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"c{i}: orders(first: 0) {{ totalCount }}"));

    [Fact]
    public async Task AnIncludeConditionIsPricedWithItsValueOnEveryRequest()
    {
        var query = $"query($all: Boolean!) {{ orders(first: 1) {{ nodes {{ orderId }} }} ... @include(if: $all) {{ {ThirtyCounts} }} }}";
        Assert.Single((await api.Client().PostAsync(query, new { all = false })).EnsureNoErrors().Data!["orders"]!["nodes"]!.AsArray());
        Assert.Equal("MAX_FIELD_COST_EXCEEDED", (await api.Client().PostAsync(query, new { all = true })).FirstErrorCode);
        (await api.Client().PostAsync(query, new { all = false })).EnsureNoErrors();
    }

    [Fact]
    public async Task AVariableThatDoesNotMoveThePriceIsStillReadPerRequest()
    {
        const string query = "query($after: String) { orders(first: 2, after: $after) { nodes { orderId } pageInfo { endCursor } } }";
        var first = (await api.Client().PostAsync(query, new { after = (string?)null })).EnsureNoErrors().Data!["orders"]!;
        var second = (await api.Client().PostAsync(query, new { after = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).EnsureNoErrors().Data!["orders"]!;
        Assert.NotEqual(first["nodes"]![0]!["orderId"]!.GetValue<string>(), second["nodes"]![0]!["orderId"]!.GetValue<string>());
        Assert.Equal("HC0078", (await api.Client().PostAsync(query, new { after = "not a cursor" })).FirstErrorCode);
    }

    [Fact]
    public async Task AnotherOperationOfACachedDocumentIsPricedBeforeItRuns()
    {
        var document = $"query Cheap {{ orders(first: 1) {{ nodes {{ orderId }} }} }} query Costly {{ {ThirtyCounts} }}";
        (await Post(document, "Cheap")).EnsureNoErrors();
        Assert.Equal("MAX_FIELD_COST_EXCEEDED", (await Post(document, "Costly")).FirstErrorCode);
        (await Post(document, "Cheap")).EnsureNoErrors();
    }

    [Fact]
    public async Task ARepeatedCostlyDocumentIsRefusedEveryTime()
    {
        var query = $"{{ {ThirtyCounts} }}";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("MAX_FIELD_COST_EXCEEDED", (await api.Client().PostAsync(query)).FirstErrorCode);
        }
    }

    [Fact]
    public async Task AMutationCachedFromAPostIsStillRefusedOverGet()
    {
        const string mutation = "mutation CachedThenGet { __typename }";
        (await api.Client().PostAsync(mutation)).EnsureNoErrors();
        var response = await api.Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(mutation)),
            "application/graphql-response+json");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("QUERY_ONLY_OVER_GET", response.FirstErrorCode);
    }

    private Task<GraphQLClient.GraphQLResponse> Post(string query, string operationName) =>
        api.Client().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, operationName }) });
}
