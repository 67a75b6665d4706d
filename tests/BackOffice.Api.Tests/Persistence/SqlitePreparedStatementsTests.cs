using BackOffice.Api.Tests.Support;
using BackOffice.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace BackOffice.Api.Tests.Persistence;

/// <summary>
/// A pooled context's connection stays open with its prepared statements, so a query asked again runs the statement SQLite
/// prepared the first time: no planning per request (SqlitePreparedStatements).
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class SqlitePreparedStatementsTests(ApiFactory api)
{
    [Fact]
    public async Task AQueryAskedAgainIsNotPlannedAgain()
    {
        await using var db = api.Db();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var compiled = 0;
        // SQLite asks the authorizer while it compiles a statement, never while it runs one (setting it expires the kept ones).
        raw.sqlite3_set_authorizer(connection.Handle, (strdelegate_authorizer)((_, _, _, _, _, _) => { compiled++; return raw.SQLITE_OK; }), null);
        try
        {
            async Task<int> Planned(Func<long, Task> query)
            {
                await query(1_00);
                compiled = 0;
                await query(5_00);
                await query(9_00);
                return compiled;
            }

            Assert.Equal(0, await Planned(min => db.Orders.Where(o => o.Amount >= min).OrderByDescending(o => o.Amount).FirstOrDefaultAsync())); // LIMIT 1, written in
            // A bound LIMIT is why pages write theirs in (QueryLimits.Limit): SQLite plans with its value, so every binding plans again.
            Assert.NotEqual(0, await Planned(min => db.Orders.Where(o => o.Amount >= min).OrderByDescending(o => o.Amount).Take((int)(min / 100)).ToListAsync()));
        }
        finally
        {
            raw.sqlite3_set_authorizer(connection.Handle, (strdelegate_authorizer?)null, null);
        }
    }

    [Fact]
    public async Task PagesReadThroughKeptStatementsBindTheirOwnCursors()
    {
        const string Page = "query($after: String) { orders(first: 7, after: $after, where: { status: { in: [CAPTURED, REFUNDED] } }, order: [{ amount: DESC }]) { pageInfo { endCursor } nodes { orderId } } }";
        var client = api.Client();
        string? after = null;
        var seen = new HashSet<string>();
        for (var page = 0; page < 6; page++)
        {
            var orders = (await client.PostAsync(Page, new { after })).EnsureNoErrors().Data!["orders"]!;
            foreach (var node in orders["nodes"]!.AsArray())
            {
                Assert.True(seen.Add(node!["orderId"]!.GetValue<string>()), "each page binds its own cursor: no order comes twice");
            }

            after = orders["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(42, seen.Count);
    }

    [Fact]
    public async Task AContextReturnedInsideATransactionClosesItsConnection()
    {
        // A transaction EF Core does not know of, so does not roll back; closing rolls it back: nothing half-done waits on a
        // kept connection for the next request.
        var connection = await ConnectionOfAContextReturnedAfter(db => db.Database.ExecuteSqlRawAsync("BEGIN"));
        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
    }

    [Fact]
    public async Task AContextReturnedIdleKeepsItsConnectionOpen()
    {
        var connection = await ConnectionOfAContextReturnedAfter(db => db.Orders.CountAsync());
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        Assert.Equal(1, raw.sqlite3_get_autocommit(connection.Handle)); // and holds no transaction
    }

    private async Task<SqliteConnection> ConnectionOfAContextReturnedAfter(Func<BackOfficeDbContext, Task> use)
    {
        await using var db = api.Db();
        await db.Orders.CountAsync();
        await use(db);
        return (SqliteConnection)db.Database.GetDbConnection();
    }
}
