using System.Text;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Root;

[Collection(DemoDataCollection.Name)]
public sealed class NodeTests(ApiFactory api)
{
    [Fact]
    public async Task EveryNodeIdFetchesItsObjectAgain()
    {
        var client = api.Client();
        var ids = (await client.PostAsync("""
            { orders(first: 1, where: { status: { eq: CAPTURED } }) { nodes { id operations { id } } } contracts(customerId: "CUST00003") { nodes { id } } }
            """)).EnsureNoErrors().Data!;
        var orderId = ids["orders"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var operationId = ids["orders"]!["nodes"]![0]!["operations"]![0]!["id"]!.GetValue<string>();
        var contractId = ids["contracts"]!["nodes"]![0]!["id"]!.GetValue<string>();

        foreach (var (id, type) in new[] { (orderId, "Order"), (operationId, "Operation"), (contractId, "Contract") })
        {
            var node = (await client.PostAsync("query($id: ID!) { node(id: $id) { __typename id } }", new { id })).EnsureNoErrors().Data!["node"]!;
            Assert.Equal(type, node["__typename"]!.GetValue<string>());
            Assert.Equal(id, node["id"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task AHotChocolate13IdStillWorks()
    {
        var legacy = Convert.ToBase64String(Encoding.UTF8.GetBytes("Order\ndD0000042"));
        var response = await api.Client().PostAsync("query($id: ID!) { node(id: $id) { ... on Order { orderId } } }", new { id = legacy });
        Assert.Equal("D0000042", response.EnsureNoErrors().Data!["node"]!["orderId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("@@@")]
    [InlineData("T3JkZXI=")]
    public async Task AMalformedIdIsAnError(string id)
    {
        var response = await api.Client().PostAsync("query($id: ID!) { node(id: $id) { id } }", new { id });
        Assert.Equal("INVALID_ID", response.FirstErrorCode);
    }
}
