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

    private static string Cursor(JsonNode page, string name) => page["pageInfo"]![name]!.GetValue<string>();

    private static List<string> Ids(JsonNode page) => page["nodes"]!.AsArray().Select(n => n!["operationId"]!.GetValue<string>()).ToList();
}
