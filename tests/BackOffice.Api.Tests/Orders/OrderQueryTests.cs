using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Orders;

[Collection(DemoDataCollection.Name)]
public sealed class OrderQueryTests(ApiFactory api)
{
    [Fact]
    public async Task AnOrderOpensWithItsOperations()
    {
        var response = await api.Client().PostAsync("""
            {
              order(orderId: "D0000042") {
                id orderId amount currency status capturedAmount refundedAmount
                operations { operationId operationType operationResult operationAmount parentOperationId channel order { orderId } }
              }
            }
            """);
        Snapshot.Match(response.EnsureNoErrors().Normalized());
    }

    [Fact]
    public async Task AnUnknownOrderIsNull()
    {
        var response = await api.Client().PostAsync("{ order(orderId: \"NOPE\") { orderId } }");
        Assert.Null(response.EnsureNoErrors().Data!["order"]);
    }

    [Fact]
    public async Task AChildListCanBeSorted()
    {
        var operations = (await api.Client().PostAsync(
                "{ orders(first: 50, where: { refundedAmount: { gt: 0 } }) { nodes { operations(order: [{ operationTime: DESC }]) { operationTime } } } }"))
            .EnsureNoErrors().Data!["orders"]!["nodes"]!.AsArray();
        Assert.All(operations, o =>
        {
            var times = o!["operations"]!.AsArray().Select(x => x!["operationTime"]!.GetValue<string>()).ToList();
            Assert.True(times.Count >= 2);
            Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
        });
    }

    [Fact]
    public async Task FiftyOrdersWithTheirOperationsCostAConstantNumberOfSqlCommands()
    {
        const string query = """
            query($first: Int) {
              orders(first: $first) { nodes { orderId operations { operationId order { orderId } } } }
            }
            """;
        var client = api.Client();
        await client.PostAsync(query, new { first = 1 }); // warm: keys, document cache

        var before = api.Commands.ForData;
        var five = (await client.PostAsync(query, new { first = 5 })).EnsureNoErrors();
        var forFive = api.Commands.DataTexts.Skip(before).ToList();
        before = api.Commands.ForData;
        var fifty = (await client.PostAsync(query, new { first = 50 })).EnsureNoErrors();
        var forFifty = api.Commands.DataTexts.Skip(before).ToList();

        Assert.Equal(50, fifty.Data!["orders"]!["nodes"]!.AsArray().Count);
        Assert.Equal(3, forFifty.Count); // the page, the operations of all 50 orders, their orders
        // The same batch statements, word for word, whatever the number of keys: EF Core builds their SQL once and reuses it.
        // (The page's own statement carries its size: a LIMIT written in, so SQLite keeps one plan per page size.)
        Assert.Equal(forFive.Skip(1), forFifty.Skip(1));
        Assert.Contains("LIMIT 51", forFifty[0], StringComparison.Ordinal);
    }
}
