using System.Text.Json.Nodes;
using BackOffice.Api.Common.Caching;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using static BackOffice.Api.Tests.Mutations.MutationScenario;

namespace BackOffice.Api.Tests.Statistics;

/// <summary>
/// The dashboard's chart is computed once while the merchant's data is unchanged, and is never stale after a change made
/// through the API. Each test has its own database: they refund.
/// </summary>
public sealed class OrderStatisticsKeptTests : IDisposable
{
    /// <summary>The chart's question: the local days of Rome since a local midnight.</summary>
    private static readonly object Since = new { createdAt = new { gte = "2026-11-01T23:00:00.000Z" } };

    private readonly ApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task ARepeatedChartIsNotReadAgainFromTheDatabase()
    {
        var client = _api.Client();
        var first = await ChartAsync(client);

        var (second, request) = await OrderVolumes.AnsweredAsync(client, Since, "DAY", "Europe/Rome");

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        var sent = _api.Commands.SentBy(request);
        Assert.Contains(sent, sql => sql.Contains("\"Merchants\"", StringComparison.Ordinal)); // the merchant's data version
        Assert.DoesNotContain(sent, sql => sql.Contains("\"OrderVolumes\"", StringComparison.Ordinal) || sql.Contains("\"Orders\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARefundThroughTheApiChangesTheNextChart()
    {
        var client = _api.Client();
        var before = EuroRefunds(await ChartAsync(client));
        var (paymentId, _) = await PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR" && o.CreatedAt >= new DateTime(2026, 11, 2, 0, 0, 0, DateTimeKind.Utc));

        var refund = await _api.Client("demo-operator-key").PostAsync(Refund,
            new { input = new { operationId = paymentId, amount = 7, currency = "EUR", idempotencyKey = Key() } });
        refund.EnsureNoErrors();

        Assert.Equal(before + 7, EuroRefunds(await ChartAsync(client)));
    }

    [Fact]
    public async Task EachMerchantHasItsOwnChart()
    {
        var demo = (await ChartAsync(_api.Client())).ToJsonString();
        var other = (await ChartAsync(_api.Client("other-operator-key"))).ToJsonString();

        Assert.NotEqual(demo, other);
        Assert.Equal(demo, (await ChartAsync(_api.Client())).ToJsonString());
    }

    [Fact]
    public async Task DashboardsOpeningAtOnceShareOneReading()
    {
        var readings = _api.Commands.Containing("\"OrderVolumes\"");

        var charts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ChartAsync(_api.Client())));

        Assert.Single(charts.Select(c => c.ToJsonString()).Distinct());
        Assert.Equal(readings + 1, _api.Commands.Containing("\"OrderVolumes\""));
    }

    [Fact]
    public async Task AWriteOutsideTheApiIsSeenOnceTheKeptChartIsTooOld()
    {
        using var api = new ApiFactory { Settings = new Dictionary<string, string> { [MerchantDataCache.MaxAgeSetting] = "00:00:01" } };
        var client = api.Client();
        var before = EuroRefunds(await ChartAsync(client));
        await using (var db = api.Db())
        {
            // A manual fix straight in SQL: no event, so the merchant's data version stays where it was.
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE "Orders" SET "RefundedAmount" = "RefundedAmount" + 5
                WHERE "Id" = (SELECT MIN("Id") FROM "Orders" WHERE "MerchantId" = 'demo' AND "Currency" = 'EUR' AND "Status" = 'Captured' AND "CreatedAt" >= '2026-11-02')
                """);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.2));

        Assert.Equal(before + 5, EuroRefunds(await ChartAsync(client)));
    }

    private static Task<JsonNode> ChartAsync(GraphQLClient client) => OrderVolumes.StatisticsAsync(client, Since, "DAY", "Europe/Rome");

    private static long EuroRefunds(JsonNode statistics) =>
        statistics["totals"]!.AsArray().Single(v => v!["currency"]!.GetValue<string>() == "EUR")!["refundedAmount"]!.GetValue<long>();
}
