using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Orders;

/// <summary>Its own server: it writes orders between pages, which the shared demo data must not see.</summary>
public sealed class OrderPagingWhileInsertingTests : IDisposable
{
    private readonly ApiFactory _api = new();

    [Fact]
    public async Task RowsInsertedBetweenPagesNeitherRepeatNorHideExistingRows()
    {
        var client = _api.Client();
        List<string> existing;
        await using (var db = _api.Db())
        {
            existing = await db.Orders.Select(o => o.OrderId).ToListAsync();
        }

        var seen = new List<string>();
        string? after = null;
        var hasNext = true;
        for (var page = 0; hasNext; page++)
        {
            var orders = (await client.PostAsync(
                "query($after: String) { orders(first: 100, after: $after) { nodes { orderId } pageInfo { hasNextPage endCursor } } }",
                new { after })).EnsureNoErrors().Data!["orders"]!;
            seen.AddRange(orders["nodes"]!.AsArray().Select(n => n!["orderId"]!.GetValue<string>()));
            hasNext = orders["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            after = orders["pageInfo"]!["endCursor"]?.GetValue<string>();
            await InsertOrdersAsync(page); // newest (already passed) and older (still ahead) rows
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Empty(existing.Except(seen));
    }

    private async Task InsertOrdersAsync(int page)
    {
        await using var db = _api.Db();
        var now = ApiFactory.Now.UtcDateTime;
        foreach (var (suffix, createdAt) in new[] { ("N", now.AddMinutes(page)), ("O", now.AddDays(-45).AddSeconds(page)) })
        {
            var order = Order.Place("demo", $"INS-{suffix}{page}", 1000, "EUR", null, "inserted while paging", Channel.Ecommerce, createdAt).Value!;
            db.Orders.Add(order);
        }

        await db.SaveChangesAsync();
    }

    public void Dispose() => _api.Dispose();
}
