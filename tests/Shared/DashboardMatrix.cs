using System.Globalization;

namespace BackOffice.Tests.Shared;

/// <summary>
/// The orders views a dashboard opens: each filter it offers × each column the portal sorts by, newest or largest
/// first. The plan test explains every cell's SQL and the benchmark loads every cell at a million orders; both read
/// this one list. Values come from the data at hand (<see cref="DashboardSample"/>) so every filter matches something.
/// </summary>
public static class DashboardMatrix
{
    /// <summary>The portal's sortable columns (src/BackOffice.Portal/src/features/orders/filters.ts, SORT_FIELDS).</summary>
    public static readonly string[] Sorts = ["createdAt", "orderId", "customerId", "status", "amount", "capturedAmount", "refundedAmount", "lastOperationTime"];

    public static readonly string[] Statuses = ["PENDING", "AUTHORIZED", "PARTIALLY_CAPTURED", "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED", "VOIDED", "DECLINED"];

    public static IReadOnlyList<DashboardFilter> Filters(DashboardSample sample)
    {
        static string Time(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var filters = Statuses.Select(s => new DashboardFilter($"status {s}", new { status = new { eq = s } })).ToList();
        filters.Add(new("status in CAPTURED, PARTIALLY_REFUNDED, REFUNDED", new { status = new { @in = new[] { "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED" } } }));
        filters.Add(new("status in PENDING, AUTHORIZED", new { status = new { @in = new[] { "PENDING", "AUTHORIZED" } } }));
        filters.Add(new("status in DECLINED, VOIDED", new { status = new { @in = new[] { "DECLINED", "VOIDED" } } }));
        filters.Add(new("amount >= 10.00", new { amount = new { gte = 1_000 } }));
        filters.Add(new("amount 100.00 to 101.00", new { amount = new { gte = 10_000, lte = 10_100 } }));
        filters.Add(new("amount >= 700.00", new { amount = new { gte = 70_000 } }));
        filters.Add(new("created in the last day", new { createdAt = new { gte = Time(sample.Now.AddDays(-1)), lt = Time(sample.Now) } }));
        filters.Add(new("created in the last 30 days", new { createdAt = new { gte = Time(sample.Now.AddDays(-30)), lt = Time(sample.Now) } }));
        filters.Add(new("created in the last year", new { createdAt = new { gte = Time(sample.Now.AddDays(-365)), lt = Time(sample.Now) } }));
        filters.Add(new("customerId", new { customerId = new { eq = sample.CustomerId } }));
        filters.Add(new("orderId prefix", new { orderId = new { startsWith = sample.OrderIdPrefix } }));
        filters.Add(new("customField", new { customField = new { eq = sample.CustomField } }));
        filters.Add(new("captured and >= 10.00, last 30 days", new
        {
            status = new { eq = "CAPTURED" }, amount = new { gte = 1_000 },
            createdAt = new { gte = Time(sample.Now.AddDays(-30)) },
        }));
        return filters;
    }

    /// <summary>Every cell's sort argument: one column, descending (the portal's first click), the key breaking ties.</summary>
    public static object Order(string sort) => new[] { new Dictionary<string, string> { [sort] = "DESC" } };

    public const string PageQuery = """
        query($where: OrderFilterInput, $order: [OrderSortInput!], $after: String) {
          orders(first: 50, after: $after, where: $where, order: $order) { pageInfo { endCursor } nodes { orderId amount status createdAt } }
        }
        """;
}

/// <summary>One filter of the matrix: its name in reports and its <c>where</c> value.</summary>
public sealed record DashboardFilter(string Name, object Where);

/// <summary>Values taken from the data: its newest instant, a customer, an order id prefix and a custom field value.</summary>
public sealed record DashboardSample(DateTime Now, string CustomerId, string OrderIdPrefix, string CustomField);
