using System.Net;
using BackOffice.Api.Tests.Limits;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Security;

/// <summary>
/// Each key's executed requests draw their field cost from a bucket of 1,000 that refills at 1,000 per second of the test's
/// clock, which only moves when a test moves it.
/// </summary>
public sealed class CostBudgetTests : IDisposable
{
    /// <summary>Field cost 511 (orders 10, nodes 1, 50 × an order's operations 10); 2,102 objects at 100 orders.</summary>
    private const string Page = "query($n: Int) { orders(first: $n) { nodes { orderId operations { operationId } } } }";

    private readonly ApiFactory _api = new()
    {
        Settings = new Dictionary<string, string>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:Burst"] = "1000",
            ["RateLimiting:PermitsPerSecond"] = "1000",
            ["RateLimiting:CostPerSecond"] = "1000",
            ["RateLimiting:CostBurst"] = "1000",
            ["GraphQL:Limits:MaxTypeCost"] = "2000",
        },
    };

    [Fact]
    public async Task AKeyOverItsCostBudgetIsRefusedWith429UntilTheBucketRefills()
    {
        var reader = _api.Client();
        (await reader.PostAsync(Page, new { n = 50 })).EnsureNoErrors();

        var refused = await reader.PostAsync(Page, new { n = 50 });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("COST_BUDGET_EXCEEDED", refused.FirstErrorCode);
        Assert.Equal(1, refused.Errors![0]!["extensions"]!["retryAfter"]!.GetValue<int>());
        Assert.Equal("1", refused.Headers.RetryAfter?.ToString());
        Assert.Null(refused.Data);

        // Another key has its own bucket; a cheaper request still fits this one; validate executes nothing and draws nothing.
        (await _api.Client("demo-operator-key").PostAsync(Page, new { n = 50 })).EnsureNoErrors();
        (await reader.PostAsync(Page, new { n = 10 })).EnsureNoErrors();
        Assert.Equal(HttpStatusCode.OK, (await CostReportTests.PostAsync(reader, Page, new { n = 50 }, "validate")).Status);

        _api.Clock.Advance(TimeSpan.FromSeconds(1));
        (await reader.PostAsync(Page, new { n = 50 })).EnsureNoErrors();
    }

    [Fact]
    public async Task AnOperationOverTheTypeCostLimitIsRefusedBeforeItDrawsOnTheBudget()
    {
        var reader = _api.Client();
        var refused = await reader.PostAsync(Page, new { n = 100 });

        Assert.Equal("MAX_TYPE_COST_EXCEEDED", refused.FirstErrorCode);
        Assert.Equal(2_102, refused.Errors![0]!["extensions"]!["typeCost"]!.GetValue<double>());
        (await reader.PostAsync(Page, new { n = 90 })).EnsureNoErrors(); // 911 of the 1,000 still there
    }

    [Fact]
    public async Task OverASocketTheRefusalIsAnErrorForThatOperation()
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAndInitAsync(_api);
        await socket.SubscribeAsync("a", Page, new { n = 50 });
        await socket.SubscribeAsync("b", Page, new { n = 50 });

        var outcomes = new Dictionary<string, string>();
        while (outcomes.Count < 2 && await socket.ReceiveAsync() is { } message)
        {
            var type = message["type"]!.GetValue<string>();
            if (type is "next" or "error")
            {
                outcomes[message["id"]!.GetValue<string>()] = type == "next" ? "ok" : message["payload"]![0]!["extensions"]!["code"]!.GetValue<string>();
            }
        }

        Assert.Equal(["COST_BUDGET_EXCEEDED", "ok"], outcomes.Values.Order());
    }

    public void Dispose() => _api.Dispose();
}
