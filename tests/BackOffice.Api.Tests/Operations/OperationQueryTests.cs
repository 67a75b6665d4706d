using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Operations;

[Collection(DemoDataCollection.Name)]
public sealed class OperationQueryTests(ApiFactory api)
{
    [Fact]
    public async Task OperationsPageForwardAndBackOverTheSameRows()
    {
        var client = api.Client();
        const string query = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              operations(first: $first, after: $after, last: $last, before: $before, where: { operationType: { in: [REFUND, VOID] } }) {
                nodes { operationId } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;
        var first = (await client.PostAsync(query, new { first = 20 })).EnsureNoErrors().Data!["operations"]!;
        var second = (await client.PostAsync(query, new { first = 20, after = Cursor(first, "endCursor") })).EnsureNoErrors().Data!["operations"]!;
        var back = (await client.PostAsync(query, new { last = 20, before = Cursor(second, "startCursor") })).EnsureNoErrors().Data!["operations"]!;

        Assert.Equal(Ids(first), Ids(back));
        Assert.Empty(Ids(first).Intersect(Ids(second)));
        Assert.True(back["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(back["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task AnOperationLeadsToItsOrder()
    {
        string operationId;
        await using (var db = api.Db())
        {
            operationId = await db.Operations.Where(o => o.OperationType == Domain.Orders.OperationType.Refund)
                .OrderBy(o => o.Id).Select(o => o.OperationId).FirstAsync();
        }

        var response = await api.Client().PostAsync("""
            query($id: String!) {
              operation(operationId: $id) {
                id operationId orderId operationType operationResult operationAmount operationCurrency operationTime channel
                paymentMethod paymentCircuit paymentInstrumentInfo parentOperationId description contractId
                order { orderId status capturedAmount refundedAmount }
              }
            }
            """, new { id = operationId });
        Snapshot.Match(response.EnsureNoErrors().Normalized());
    }

    [Fact]
    public async Task OperationsFilterByEnumsStringsAndAmounts()
    {
        await using var db = api.Db();
        var expected = await db.Operations.CountAsync(o =>
            o.OperationType == Domain.Orders.OperationType.Capture && o.PaymentCircuit == "VISA" && o.OperationAmount > 10000);
        var response = await api.Client().PostAsync(
            "{ operations(where: { operationType: { eq: CAPTURE }, paymentCircuit: { eq: \"VISA\" }, operationAmount: { gt: 10000 } }) { totalCount } }");
        Assert.True(expected > 0);
        Assert.Equal(expected, response.EnsureNoErrors().Data!["operations"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AvailableActionsAreWhatTheOrderAllowsAndCostOneQueryForAPage()
    {
        const string query = """
            query($first: Int) {
              operations(first: $first, where: { operationType: { in: [AUTHORIZATION, CAPTURE] } }) {
                nodes { operationId availableActions { action maxAmount currency until } }
              }
            }
            """;
        var client = api.Client();
        await client.PostAsync(query, new { first = 1 }); // warm: keys, document cache

        var before = api.Commands.Texts.Count;
        (await client.PostAsync(query, new { first = 5 })).EnsureNoErrors();
        var forFive = OrderReads(before);
        before = api.Commands.Texts.Count;
        var fifty = (await client.PostAsync(query, new { first = 50 })).EnsureNoErrors().Data!["operations"]!["nodes"]!.AsArray();
        Assert.Equal(2, OrderReads(before)); // the page, then the orders of all 50 operations with their operations
        Assert.Equal(forFive, OrderReads(before));

        await using var db = api.Db();
        var ids = fifty.Select(n => n!["operationId"]!.GetValue<string>()).ToList();
        var orders = await db.Orders.AsNoTracking().Include(o => o.Operations)
            .Where(o => o.Operations.Any(op => ids.Contains(op.OperationId))).ToListAsync();
        var now = api.Clock.GetUtcNow().UtcDateTime;
        foreach (var node in fifty)
        {
            var id = node!["operationId"]!.GetValue<string>();
            var expected = orders.Single(o => o.Operations.Any(op => op.OperationId == id)).AvailableActions(id, now)
                .Select(a => $"{Domain.Common.ConstantCase.Of(a.Action)} {a.MaxAmount} {a.Currency} {a.Until?.ToString("O")}");
            var actual = node["availableActions"]!.AsArray().Select(a =>
                $"{a!["action"]} {a["maxAmount"]} {a["currency"]} {(a["until"] is { } until ? DateTime.Parse(until.GetValue<string>(), null, System.Globalization.DateTimeStyles.AdjustToUniversal).ToString("O") : "")}");
            Assert.Equal(expected, actual);
        }

        Assert.Contains(fifty, n => n!["availableActions"]!.AsArray().Count > 0);
    }

    /// <summary>Commands since <paramref name="from"/> that read orders or operations (not keys, not the outbox's polling).</summary>
    private int OrderReads(int from) => api.Commands.Texts.Skip(from)
        .Count(t => t.Contains("\"Operations\"", StringComparison.Ordinal) || t.Contains("\"Orders\"", StringComparison.Ordinal));

    private static string Cursor(JsonNode page, string name) => page["pageInfo"]![name]!.GetValue<string>();

    private static List<string> Ids(JsonNode page) => page["nodes"]!.AsArray().Select(n => n!["operationId"]!.GetValue<string>()).ToList();
}
