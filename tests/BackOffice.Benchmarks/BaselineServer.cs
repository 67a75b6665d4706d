using System.Text.Json;
using System.Text.Json.Serialization;
using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Benchmarks;

/// <summary>
/// The baseline (never part of the product): minimal-API endpoints that run the equivalent EF Core query, with the
/// same pooled contexts and tenant filter, and write the same JSON with System.Text.Json. What GraphQL costs on top.
/// </summary>
public static class BaselineServer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
    private static readonly OrderStatus[] FilteredStatuses = [OrderStatus.Captured, OrderStatus.PartiallyRefunded];

    public sealed record OrderRow(string OrderId, long Amount, string Currency, string? CustomerId, string Status, string Channel,
        string CreatedAt, long AuthorizedAmount, long CapturedAmount, long RefundedAmount);

    public sealed record OperationRow(string OperationId, string OperationType, string OperationResult, long OperationAmount, string OperationTime);

    public static async Task<WebApplication> StartAsync(string connectionString, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        // The same connection setup as the product's: the comparison measures GraphQL, not SQLite tuning.
        builder.Services.AddPooledDbContextFactory<SqliteBackOfficeDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSetup()));
        builder.Services.AddSingleton(sp => new BackOfficeDbContextFactory(sp.GetRequiredService<IDbContextFactory<SqliteBackOfficeDbContext>>().CreateDbContext));
        var app = builder.Build();
        var contexts = app.Services.GetRequiredService<BackOfficeDbContextFactory>();

        app.MapGet("/baseline/orders", async (HttpResponse response, long? afterTicks, long? afterId) =>
        {
            await using var db = contexts.Create("demo");
            var query = db.Orders.AsNoTracking();
            if (afterTicks is { } ticks && afterId is { } id)
            {
                var after = new DateTime(ticks, DateTimeKind.Utc);
                query = query.Where(o => o.CreatedAt < after || (o.CreatedAt == after && o.Id < id));
            }

            var rows = await query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(50).ToListAsync();
            await WriteAsync(response, new { data = new { orders = new { nodes = rows.Select(Row) } } });
        });

        app.MapGet("/baseline/orders/filtered", async (HttpResponse response) =>
        {
            await using var db = contexts.Create("demo");
            var query = db.Orders.AsNoTracking().Where(o => FilteredStatuses.Contains(o.Status) && o.Amount >= 10_000);
            var total = await query.CountAsync();
            var rows = await query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(50).ToListAsync();
            await WriteAsync(response, new { data = new { orders = new { totalCount = total, nodes = rows.Select(Row) } } });
        });

        app.MapGet("/baseline/order/{orderId}", async (HttpResponse response, string orderId) =>
        {
            await using var db = contexts.Create("demo");
            var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.OrderId == orderId);
            var operations = order is null ? [] : await db.Operations.AsNoTracking().Where(o => o.OrderKey == order.Id).OrderBy(o => o.OperationTime).ThenBy(o => o.Id).ToListAsync();
            await WriteAsync(response, new { data = new { order = order is null ? null : new { row = Row(order), operations = operations.Select(Operation) } } });
        });

        app.MapGet("/baseline/orders/nested", async (HttpResponse response) =>
        {
            await using var db = contexts.Create("demo");
            var orders = await db.Orders.AsNoTracking().OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(50).ToListAsync();
            var keys = orders.Select(o => o.Id).ToList();
            var operations = (await db.Operations.AsNoTracking().Where(o => keys.Contains(o.OrderKey)).OrderBy(o => o.OperationTime).ThenBy(o => o.Id).ToListAsync())
                .ToLookup(o => o.OrderKey);
            await WriteAsync(response, new { data = new { orders = new { nodes = orders.Select(o => new { row = Row(o), operations = operations[o.Id].Select(Operation) }) } } });
        });

        app.MapGet("/baseline/statistics", async (HttpResponse response, long sinceTicks) =>
        {
            await using var db = contexts.Create("demo");
            var since = new DateTime(sinceTicks, DateTimeKind.Utc);
            var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
            var totals = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
            var days = new SortedDictionary<DateTime, SortedDictionary<string, long[]>>();
            var slots = db.Orders.AsNoTracking().Where(o => o.CreatedAt >= since)
                .GroupBy(o => new { o.Currency, Day = o.CreatedAt.Date, o.CreatedAt.Hour, Quarter = o.CreatedAt.Minute / 15 })
                .Select(g => new
                {
                    g.Key.Currency, g.Key.Day, g.Key.Hour, g.Key.Quarter, Count = g.Count(), Amount = g.Sum(o => o.Amount),
                    CapturedCount = g.Count(o => o.CapturedAmount > 0), Captured = g.Sum(o => o.CapturedAmount),
                    RefundedCount = g.Count(o => o.RefundedAmount > 0), Refunded = g.Sum(o => o.RefundedAmount),
                    PendingCount = g.Count(o => o.Status == OrderStatus.Pending || o.Status == OrderStatus.Authorized),
                    Pending = g.Sum(o => o.Status == OrderStatus.Pending || o.Status == OrderStatus.Authorized ? o.AuthorizedAmount - o.CapturedAmount : 0L),
                    DeclinedCount = g.Count(o => o.Status == OrderStatus.Declined),
                    Declined = g.Sum(o => o.Status == OrderStatus.Declined ? o.Amount : 0L),
                });
            await foreach (var slot in slots.AsAsyncEnumerable())
            {
                var start = DateTime.SpecifyKind(slot.Day.Date.AddMinutes(slot.Hour * 60 + slot.Quarter * 15), DateTimeKind.Utc);
                var day = TimeZoneInfo.ConvertTimeToUtc(TimeZoneInfo.ConvertTimeFromUtc(start, rome).Date, rome);
                long[] values = [slot.Count, slot.Amount, slot.CapturedCount, slot.Captured, slot.RefundedCount, slot.Refunded, slot.PendingCount, slot.Pending, slot.DeclinedCount, slot.Declined];
                foreach (var sums in new[] { totals, days.TryGetValue(day, out var d) ? d : days[day] = new(StringComparer.Ordinal) })
                {
                    var row = sums.TryGetValue(slot.Currency, out var r) ? r : sums[slot.Currency] = new long[values.Length];
                    for (var i = 0; i < values.Length; i++)
                    {
                        row[i] += values[i];
                    }
                }
            }

            await WriteAsync(response, new { data = new { orderStatistics = new { totals, buckets = days.Select(d => new { start = d.Key, volumes = d.Value }) } } });
        });

        await app.StartAsync();
        return app;
    }

    private static OrderRow Row(Order o) => new(o.OrderId, o.Amount, o.Currency, o.CustomerId, ConstantCase.Of(o.Status), ConstantCase.Of(o.Channel),
        o.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        o.AuthorizedAmount, o.CapturedAmount, o.RefundedAmount);

    private static OperationRow Operation(Operation o) => new(o.OperationId, ConstantCase.Of(o.OperationType), ConstantCase.Of(o.OperationResult),
        o.OperationAmount, o.OperationTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));

    private static async Task WriteAsync(HttpResponse response, object value)
    {
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, value, Json);
    }
}
