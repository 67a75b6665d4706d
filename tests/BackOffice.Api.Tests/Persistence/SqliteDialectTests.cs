using BackOffice.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Persistence;

/// <summary>The SQLite side of the dialect differences SqlServerDialectTests pins on SQL Server's T-SQL.</summary>
[Collection(DemoDataCollection.Name)]
public sealed class SqliteDialectTests(ApiFactory api)
{
    [Fact]
    public async Task ATimeTheApiPrintedFindsItsRowWithEq()
    {
        // Times are kept to the millisecond on both databases (datetime2(3) on SQL Server), so what is printed is what is stored.
        var first = (await api.Client().PostAsync("{ orders(first: 1) { nodes { orderId createdAt } } }")).EnsureNoErrors().Data!["orders"]!["nodes"]![0]!;
        var createdAt = first["createdAt"]!.GetValue<string>();
        var found = (await api.Client().PostAsync($"{{ orders(where: {{ createdAt: {{ eq: \"{createdAt}\" }} }}) {{ nodes {{ orderId }} }} }}"))
            .EnsureNoErrors().Data!["orders"]!["nodes"]!.AsArray().Select(n => n!["orderId"]!.GetValue<string>());
        Assert.Contains(first["orderId"]!.GetValue<string>(), found);
    }

    [Fact]
    public async Task EveryConnectionOfTheApiMapsTheFileAndSortsInMemory()
    {
        await using var db = api.Db();
        await db.Database.OpenConnectionAsync();
        async Task<long> Pragma(string name)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA " + name;
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var mapped = await Pragma("mmap_size");
        var tempStore = await Pragma("temp_store");
        Assert.True(mapped > 0, "the database file is memory-mapped (SQLite caps the size at its build's maximum)");
        Assert.Equal(2, tempStore); // MEMORY
    }

    [Fact]
    public async Task PagingByAnEnumVisitsEveryOrderOnceInNameOrder()
    {
        var client = api.Client();
        var seen = new List<(string Status, string OrderId)>();
        string? after = null;
        bool more;
        do
        {
            var page = (await client.PostAsync(
                "query($after: String) { orders(first: 100, after: $after, order: [{ status: ASC }]) { nodes { orderId status } pageInfo { hasNextPage endCursor } } }",
                new { after })).EnsureNoErrors().Data!["orders"]!;
            seen.AddRange(page["nodes"]!.AsArray().Select(n => (n!["status"]!.GetValue<string>(), n["orderId"]!.GetValue<string>())));
            after = page["pageInfo"]!["endCursor"]?.GetValue<string>();
            more = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
        }
        while (more);

        var total = (await client.PostAsync("{ orders { totalCount } }")).EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(total, seen.Select(s => s.OrderId).Distinct().Count());
        Assert.Equal(total, seen.Count);
        var statuses = seen.Select(s => s.Status).Distinct().ToList();
        Assert.True(statuses.Count > 1);
    }
}
