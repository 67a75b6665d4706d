using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Transport;

/// <summary>
/// Request batching as Apollo's BatchHttpLink sends and reads it: a JSON array of requests, answered 200 by an array of
/// results of the same length and order; each request limited, costed and failing on its own.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class BatchingTests(ApiFactory api)
{
    [Fact]
    public async Task ABatchIsAnsweredInOrderWithOneResultPerRequest()
    {
        var (status, results) = await PostBatchAsync(api,
            new { query = "{ first: __typename }" },
            new { query = "query Two($n: Int) { orders(first: $n) { nodes { orderId } } }", variables = new { n = 2 }, operationName = "Two" },
            new { query = "{ third: __typename }" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, results.Count);
        Assert.Equal("Query", results[0]!["data"]!["first"]!.GetValue<string>());
        Assert.Equal(2, results[1]!["data"]!["orders"]!["nodes"]!.AsArray().Count);
        Assert.Equal("Query", results[2]!["data"]!["third"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFailingRequestIsItsOwnErrorAndTheOthersStillRun()
    {
        var (status, results) = await PostBatchAsync(api,
            new { query = "{ __typename }" },
            new { query = "{ noSuchField }" },
            new { qeury = "{ __typename }" },
            new { query = "{ orders(first: 1) { nodes { orderId } } }" });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, results.Count);
        Assert.Null(results[0]!["errors"]);
        Assert.NotNull(results[1]!["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("INVALID_REQUEST", results[2]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Single(results[3]!["data"]!["orders"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task EachRequestIsCostedOnItsOwn()
    {
        // 21 totalCounts (2,500 each) are over the 50,000 limit in one request; the cheap request beside it is not charged for them.
        var expensive = "{ " + string.Join(' ', Enumerable.Range(0, 21).Select(i => $"c{i}: orders {{ totalCount }}")) + " }";
        var (_, results) = await PostBatchAsync(api, new { query = expensive }, new { query = "{ orders(first: 1) { totalCount } }" });

        Assert.Equal("MAX_FIELD_COST_EXCEEDED", results[0]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(results[1]!["data"]!["orders"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task ABatchOverTheCapIsRefusedWhole()
    {
        var (status, body) = await PostAsync(api, "[" + string.Join(',', Enumerable.Repeat("{\"query\":\"{ __typename }\"}", 21)) + "]");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BATCH_TOO_LARGE", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("20", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"query\": 42}]")]
    [InlineData("[{\"query\": \"{ __typename }\"}")]
    public async Task AnEmptyOrUnreadableBatchIs400(string body)
    {
        var (status, json) = await PostAsync(api, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("INVALID_REQUEST", json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ABatchWithoutAValidKeyIs401()
    {
        var (status, body) = await PostAsync(api, "[{\"query\":\"{ __typename }\"}]", key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task EachRequestOfABatchDrawsFromTheKeysRate()
    {
        using var limited = new ApiFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["RateLimiting:Enabled"] = "true",
                ["RateLimiting:Burst"] = "3",
                ["RateLimiting:PermitsPerSecond"] = "1",
            },
        };
        await limited.Client().PostAsync("{ __typename }"); // the key is known from here on: its own bucket, still full

        var (status, results) = await PostBatchAsync(limited, Enumerable.Range(0, 6).Select(_ => (object)new { query = "{ __typename }" }).ToArray());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(6, results.Count);
        Assert.All(results.Take(3), r => Assert.Null(r!["errors"]));
        Assert.Equal("RATE_LIMITED", results[5]!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static async Task<(HttpStatusCode, JsonArray)> PostBatchAsync(ApiFactory api, params object[] requests)
    {
        var (status, body) = await PostAsync(api, System.Text.Json.JsonSerializer.Serialize(requests));
        return (status, body.AsArray());
    }

    private static async Task<(HttpStatusCode, JsonNode)> PostAsync(ApiFactory api, string body, string? key = "demo-reader-key")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var response = await api.Client(key).SendAsync(request);
        return (response.Status, response.Json);
    }
}
