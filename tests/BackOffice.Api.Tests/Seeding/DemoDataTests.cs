using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Seeding;

/// <summary>
/// The gateway's lists default to the last month: seeded relative to the moment it runs, the demo data must show
/// every kind of order there, for both merchants, with something a dashboard can act on.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class DemoDataTests(ApiFactory api)
{
    private const string Query = """
        query($since: DateTime!, $after: String) {
          operations(first: 100, after: $after, where: { operationTime: { gte: $since }, operationType: { in: [AUTHORIZATION, CAPTURE] } }) {
            nodes { operationType paymentCircuit order { customerId status } availableActions { action maxAmount until } }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Theory]
    [InlineData("demo-reader-key")]
    [InlineData("other-operator-key")]
    public async Task TheLastMonthHoldsOrdersToCaptureRefundAndCancel(string apiKey)
    {
        var operations = await LastMonthAsync(apiKey);

        Assert.Contains(operations, o => Has(o, "AUTHORIZATION", "CAPTURE"));
        Assert.Contains(operations, o => Has(o, "AUTHORIZATION", "VOID"));
        Assert.Contains(operations, o => Has(o, "AUTHORIZATION", "REFUND") && o["order"]!["status"]!.GetValue<string>() != "AUTHORIZED");
        Assert.Contains(operations, o => Has(o, "CAPTURE", "REFUND"));
        Assert.Contains(operations, o => Has(o, "CAPTURE", "CANCEL"));
        var customers = operations.Select(o => o["order"]!["customerId"]?.GetValue<string>()).OfType<string>().Distinct().Take(40);
        Assert.Contains(await Task.WhenAll(customers.Select(c => ActiveContractsAsync(apiKey, c))), count => count > 0);
    }

    [Fact]
    public async Task SeededJustAfterMidnightInRomeTheDayAlreadyHasACaptureToCancel()
    {
        using var early = new ApiFactory();
        early.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 23, 0, 30, TimeSpan.Zero)); // 00:00:30 on the 25th in Rome
        var client = early.Client();

        var page = (await client.PostAsync(Query, new { since = early.Clock.GetUtcNow().UtcDateTime.AddHours(-1), after = (string?)null }))
            .EnsureNoErrors().Data!["operations"]!["nodes"]!.AsArray();

        Assert.Contains(page, o => Has(o!, "CAPTURE", "CANCEL"));
    }

    private static bool Has(JsonNode operation, string type, string action) =>
        operation["operationType"]!.GetValue<string>() == type
        && operation["availableActions"]!.AsArray().Any(a => a!["action"]!.GetValue<string>() == action);

    private async Task<int> ActiveContractsAsync(string apiKey, string customerId) =>
        (await api.Client(apiKey).PostAsync(
            "query($c: String!) { contracts(customerId: $c, where: { status: { eq: ACTIVE } }) { totalCount } }", new { c = customerId }))
        .EnsureNoErrors().Data!["contracts"]!["totalCount"]!.GetValue<int>();

    private async Task<List<JsonNode>> LastMonthAsync(string apiKey)
    {
        var client = api.Client(apiKey);
        var since = api.Clock.GetUtcNow().UtcDateTime.AddMonths(-1);
        var all = new List<JsonNode>();
        string? after = null;
        do
        {
            var page = (await client.PostAsync(Query, new { since, after })).EnsureNoErrors().Data!["operations"]!;
            all.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        return all;
    }
}
