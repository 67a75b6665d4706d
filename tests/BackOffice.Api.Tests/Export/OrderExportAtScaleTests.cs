using System.Net;
using BackOffice.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace BackOffice.Api.Tests.Export;

/// <summary>Measured alone: other tests' allocations would blur what the server holds while it streams.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}

/// <summary>
/// 100,000 orders exported: every one arrives, read by one statement; the file starts arriving while that statement is
/// still being read, and the memory the process holds stays a small fraction of the file.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class OrderExportAtScaleTests : IClassFixture<ApiFactory>
{
    private const int Orders = 100_000;
    private readonly ApiFactory _api;
    private readonly ITestOutputHelper _output;

    public OrderExportAtScaleTests(ApiFactory api, ITestOutputHelper output)
    {
        _api = api;
        _output = output;
    }

    [Fact]
    public async Task AHundredThousandOrdersStreamInBoundedMemory()
    {
        await BulkInsertAsync();
        var where = new { orderId = new { startsWith = "BULK" } };
        var total = (await _api.Client().PostAsync("query($where: OrderFilterInput) { orders(where: $where) { totalCount } }", new { where }))
            .EnsureNoErrors().Data!["orders"]!["totalCount"]!.GetValue<int>();
        Assert.Equal(Orders, total);

        var http = _api.CreateClient();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var statementsBefore = Statements(_api.Commands.Texts);
        var finishedBefore = Statements(_api.Commands.Finished);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        using var response = await http.SendAsync(OrderExportClient.Request(where), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();

        var buffer = new byte[64 * 1024];
        long bytes = 0, lines = 0, peak = 0, nextSample = 0;
        bool? streamingAtFirstBytes = null;
        for (int read; (read = await body.ReadAsync(buffer)) > 0;)
        {
            streamingAtFirstBytes ??= Statements(_api.Commands.Texts) == statementsBefore + 1 && Statements(_api.Commands.Finished) == finishedBefore;
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            if (bytes >= nextSample)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                nextSample += 1024 * 1024;
            }
        }

        var statements = Statements(_api.Commands.Texts) - statementsBefore;
        _output.WriteLine($"{lines:N0} lines, {bytes:N0} bytes in {clock.Elapsed.TotalSeconds:N1} s (with the forced collections), peak {peak:N0} bytes held, statement still open at the first bytes: {streamingAtFirstBytes}");
        Assert.Equal(Orders + 1, lines); // the header, then one line per order (their text holds no line break)
        Assert.Equal(1, statements); // one reader, each order read once
        Assert.True(streamingAtFirstBytes, "the first bytes arrived only after the statement was read to its end");
        
        Assert.True(bytes > 10_000_000, $"{bytes} bytes");
        Assert.True(peak < bytes / 5, $"the process held {peak:N0} more bytes while streaming a {bytes:N0}-byte file");
    }

    [Fact]
    public async Task AClientThatGoesAwayStopsTheQuery()
    {
        await BulkInsertAsync();
        var http = _api.CreateClient();
        var finishedBefore = Statements(_api.Commands.Finished);
        using (var response = await http.SendAsync(OrderExportClient.Request(new { orderId = new { startsWith = "BULK" } }), HttpCompletionOption.ResponseHeadersRead))
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[64 * 1024];
            Assert.True(await body.ReadAsync(buffer) > 0);
        }

        for (var i = 0; i < 100 && Statements(_api.Commands.Finished) == finishedBefore; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(finishedBefore + 1, Statements(_api.Commands.Finished));
        Assert.DoesNotContain(_api.Logs.Lines, line => line.Contains("export failed", StringComparison.Ordinal));
    }

    private static int Statements(IEnumerable<string> texts) => texts.Count(t =>
        t.Contains("FROM \"Orders\"", StringComparison.Ordinal) && t.Contains("ORDER BY", StringComparison.Ordinal) && !t.Contains("COUNT(", StringComparison.Ordinal));

    /// <summary>One INSERT … SELECT over a counter: 100,000 rows in about a second, where the ORM would take a minute.</summary>
    private async Task BulkInsertAsync()
    {
        await using var db = _api.Db();
        if (await db.Orders.AnyAsync(o => o.OrderId == "BULK0000001"))
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync($"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Orders})
            INSERT INTO "Orders" ("MerchantId", "OrderId", "Amount", "Currency", "CustomerId", "Description", "CustomField", "Channel",
                "CreatedAt", "AuthorizedAmount", "CapturedAmount", "RefundedAmount", "Status", "LastOperationType", "LastOperationTime",
                "Version", "EventSequence")
            SELECT 'demo', 'BULK' || printf('%07d', i), 1000 + i, 'EUR', 'CUST-' || (i % 500), 'Bulk order, "number" ' || i, NULL, 'Ecommerce',
                strftime('%Y-%m-%d %H:%M:%S', '2026-06-01', '+' || i || ' minutes'), 1000 + i, 1000 + i, 0, 'Captured', 'Capture',
                strftime('%Y-%m-%d %H:%M:%S', '2026-06-01', '+' || (i + 1) || ' minutes'), 1, 1
            FROM n
            """);
    }
}
