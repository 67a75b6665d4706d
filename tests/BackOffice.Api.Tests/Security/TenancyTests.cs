using BackOffice.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Security;

/// <summary>A merchant sees only its own data; another merchant's ids answer exactly like ids that do not exist.</summary>
[Collection(DemoDataCollection.Name)]
public sealed class TenancyTests(ApiFactory api)
{
    [Fact]
    public async Task AnotherMerchantsOrderAnswersLikeAnUnknownOne()
    {
        var demo = api.Client("demo-reader-key");
        var other = await demo.PostAsync("{ order(orderId: \"X0000001\") { orderId } }");
        var unknown = await demo.PostAsync("{ order(orderId: \"X9999999\") { orderId } }");
        Assert.Equal(unknown.Normalized(), other.Normalized());
        Assert.Null(other.Data!["order"]);

        var own = await api.Client("other-operator-key").PostAsync("{ order(orderId: \"X0000001\") { orderId } }");
        Assert.Equal("X0000001", own.EnsureNoErrors().Data!["order"]!["orderId"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnotherMerchantsOperationAndNodeAreNull()
    {
        string operationId;
        await using (var db = api.Db("other"))
        {
            operationId = await db.Operations.Select(o => o.OperationId).FirstAsync();
        }

        var nodeId = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Operation:{operationId}"));
        var response = await api.Client("demo-reader-key").PostAsync(
            "query($op: String!, $id: ID!) { operation(operationId: $op) { operationId } node(id: $id) { id } }", new { op = operationId, id = nodeId });
        Assert.Null(response.EnsureNoErrors().Data!["operation"]);
        Assert.Null(response.Data!["node"]);
    }

    [Fact]
    public async Task ListingsHoldOnlyTheCallersRows()
    {
        var demo = (await api.Client("demo-reader-key").PostAsync(
            "{ orders(where: { orderId: { startsWith: \"X\" } }) { totalCount } operations(where: { orderId: { startsWith: \"X\" } }) { totalCount } }"))
            .EnsureNoErrors().Data!;
        Assert.Equal(0, demo["orders"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, demo["operations"]!["totalCount"]!.GetValue<int>());

        var other = (await api.Client("other-operator-key").PostAsync("{ orders { totalCount } }")).EnsureNoErrors().Data!;
        Assert.Equal(Infrastructure.Seeding.DemoSeeder.OtherOrders, other["orders"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AnotherCustomersContractsOfAnotherMerchantAreInvisible()
    {
        string customerId;
        await using (var db = api.Db("other"))
        {
            customerId = await db.Contracts.Select(c => c.CustomerId).FirstAsync();
        }

        var response = await api.Client("demo-reader-key").PostAsync(
            "query($c: String!) { contracts(customerId: $c, where: { contractId: { startsWith: \"CTRX\" } }) { totalCount } }", new { c = customerId });
        Assert.Equal(0, response.EnsureNoErrors().Data!["contracts"]!["totalCount"]!.GetValue<int>());
    }
}
