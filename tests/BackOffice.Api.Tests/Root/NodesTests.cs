using System.Text;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Root;

[Collection(DemoDataCollection.Name)]
public sealed class NodesTests(ApiFactory api)
{
    private const string Nodes = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";

    private static string Id(string type, string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}:{value}"));

    [Fact]
    public async Task NodesAnswerInTheOrderAskedWithNullForUnknownAndForeignIds()
    {
        var client = api.Client();
        var page = (await client.PostAsync("{ orders(first: 2) { nodes { id operations { id } } } contracts(customerId: \"CUST00003\") { nodes { id } } }"))
            .EnsureNoErrors().Data!;
        var orders = page["orders"]!["nodes"]!.AsArray();
        var order0 = orders[0]!["id"]!.GetValue<string>();
        var order1 = orders[1]!["id"]!.GetValue<string>();
        var operation = orders[0]!["operations"]![0]!["id"]!.GetValue<string>();
        var contract = page["contracts"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var foreign = Id("Order", "X0000001"); // merchant "other"'s order
        var unknown = Id("Order", "D9999999");
        var unknownType = Id("Customer", "CUST00003");
        string[] ids = [order1, foreign, operation, unknown, contract, order0, unknownType, order1];

        var nodes = (await client.PostAsync(Nodes, new { ids })).EnsureNoErrors().Data!["nodes"]!.AsArray();

        Assert.Equal([order1, null, operation, null, contract, order0, null, order1], nodes.Select(n => n?["id"]!.GetValue<string>()));
        Assert.Equal(["Order", null, "Operation", null, "Contract", "Order", null, "Order"], nodes.Select(n => n?["__typename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ManyIdsAreLoadedWithOneQueryPerType()
    {
        var client = api.Client();
        var page = (await client.PostAsync("{ orders(first: 20) { nodes { id operations { id } } } }")).EnsureNoErrors().Data!["orders"]!["nodes"]!.AsArray();
        string[] ids = [.. page.Select(o => o!["id"]!.GetValue<string>()), .. page.Select(o => o!["operations"]![0]!["id"]!.GetValue<string>())];

        var before = api.Commands.ForData;
        var nodes = (await client.PostAsync(Nodes, new { ids })).EnsureNoErrors().Data!["nodes"]!.AsArray();

        Assert.Equal(ids, nodes.Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(2, api.Commands.ForData - before);
    }

    [Fact]
    public async Task MoreIdsThanTheCapAreRefusedWithTheCap()
    {
        var ids = Enumerable.Range(1, 51).Select(i => Id("Order", $"D{i:0000000}")).ToArray();

        var response = await api.Client().PostAsync(Nodes, new { ids });

        Assert.Equal("TOO_MANY_NODE_IDS", response.FirstErrorCode);
        Assert.Equal(50, response.Errors![0]!["extensions"]!["maxIds"]!.GetValue<int>());
        Assert.Null(response.Data?["nodes"]);
    }

    [Fact]
    public async Task AMalformedIdAmongOthersIsAnError()
    {
        var response = await api.Client().PostAsync(Nodes, new { ids = new[] { Id("Order", "D0000001"), "@@@" } });
        Assert.Equal("INVALID_ID", response.FirstErrorCode);
    }
}
