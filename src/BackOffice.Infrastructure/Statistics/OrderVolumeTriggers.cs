using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence.SqlServer;

namespace BackOffice.Infrastructure.Statistics;

/// <summary>
/// The SQL that keeps <c>OrderVolumes</c> exact, for both providers: a backfill from the orders, and triggers on
/// <c>Orders</c> that take a row's old contribution away and add its new one, so an insert, a capture, a refund, a
/// cancel, a bulk <c>INSERT … SELECT</c> or a manual fix all count, whoever writes. An order's contribution is the one
/// <c>orderStatistics</c>' GROUP BY computes (OrderSlots), term for term.
/// Migrations run this text when they are applied: change it only together with a new migration.
/// </summary>
public static class OrderVolumeTriggers
{
    public const string Table = "OrderVolumes";

    /// <summary>The SQL Server trigger, one for the three events (EF Core must know of it: no OUTPUT without INTO then).</summary>
    public const string SqlServerTrigger = "TR_Orders_OrderVolumes";

    /// <summary>The columns whose change moves an order's contribution; a write of other columns leaves the totals alone.</summary>
    public static readonly IReadOnlyList<string> Inputs = ["MerchantId", "Currency", "CreatedAt", "Amount", "AuthorizedAmount", "CapturedAmount", "RefundedAmount", "Status"];

    private static readonly string Pending = $"'{nameof(OrderStatus.Pending)}', '{nameof(OrderStatus.Authorized)}'";
    private static readonly string Declined = $"'{nameof(OrderStatus.Declined)}'";

    /// <summary>Each total and an order's contribution to it, given how to name one of the order's columns.</summary>
    private static readonly (string Column, Func<Func<string, string>, string> Term)[] Totals =
    [
        ("OrderCount", _ => "1"),
        ("Amount", o => o("Amount")),
        ("CapturedCount", o => $"CASE WHEN {o("CapturedAmount")} > 0 THEN 1 ELSE 0 END"),
        ("CapturedAmount", o => o("CapturedAmount")),
        ("RefundedCount", o => $"CASE WHEN {o("RefundedAmount")} > 0 THEN 1 ELSE 0 END"),
        ("RefundedAmount", o => o("RefundedAmount")),
        ("PendingCount", o => $"CASE WHEN {o("Status")} IN ({Pending}) THEN 1 ELSE 0 END"),
        ("PendingAmount", o => $"CASE WHEN {o("Status")} IN ({Pending}) THEN {o("AuthorizedAmount")} - {o("CapturedAmount")} ELSE 0 END"),
        ("DeclinedCount", o => $"CASE WHEN {o("Status")} = {Declined} THEN 1 ELSE 0 END"),
        ("DeclinedAmount", o => $"CASE WHEN {o("Status")} = {Declined} THEN {o("Amount")} ELSE 0 END"),
    ];

    private static readonly string[] Key = ["MerchantId", "PeriodStart", "Currency"];

    private static string Columns(Func<string, string> quote) => string.Join(", ", Key.Concat(Totals.Select(t => t.Column)).Select(quote));

    /// <summary>The order's contribution to each total, negated for the row that leaves.</summary>
    private static IEnumerable<string> Terms(Func<string, string> column, int sign) =>
        Totals.Select(t => t.Term(column)).Select(term => sign < 0 ? $"-({term})" : term);

    public static class Sqlite
    {
        private static string Q(string name) => $"\"{name}\"";

        /// <summary>The UTC quarter hour as EF Core writes a <c>DateTime</c> (<c>2026-11-24 12:15:00</c>); strftime also reads a 'T'.</summary>
        private static string Period(Func<string, string> o) =>
            $"strftime('%Y-%m-%d %H:', {o("CreatedAt")}) || printf('%02d:00', CAST(strftime('%M', {o("CreatedAt")}) AS INTEGER) / 15 * 15)";

        private static Func<string, string> Of(string row) => column => $"{row}.{Q(column)}";

        /// <summary>The totals of the orders already there, for the migration that creates the table.</summary>
        public static string Backfill()
        {
            var o = Of("o");
            return $"""
                INSERT INTO {Q(Table)} ({Columns(Q)})
                SELECT {o("MerchantId")}, {Period(o)}, {o("Currency")}, {string.Join(", ", Terms(o, 1).Select(t => $"SUM({t})"))}
                FROM "Orders" AS o
                GROUP BY 1, 2, 3;
                """;
        }

        public static IReadOnlyList<string> CreateTriggers() =>
        [
            $"""
            CREATE TRIGGER "TR_Orders_OrderVolumes_Insert" AFTER INSERT ON "Orders"
            BEGIN
            {Upsert("NEW", 1)}
            END;
            """,
            $"""
            CREATE TRIGGER "TR_Orders_OrderVolumes_Update" AFTER UPDATE OF {string.Join(", ", Inputs.Select(Q))} ON "Orders"
            BEGIN
            {Upsert("OLD", -1)}
            {Upsert("NEW", 1)}
            END;
            """,
            $"""
            CREATE TRIGGER "TR_Orders_OrderVolumes_Delete" AFTER DELETE ON "Orders"
            BEGIN
            {Upsert("OLD", -1)}
            END;
            """,
        ];

        public static IReadOnlyList<string> DropTriggers() =>
            [.. new[] { "Insert", "Update", "Delete" }.Select(e => $"DROP TRIGGER IF EXISTS \"TR_Orders_OrderVolumes_{e}\";")];

        /// <summary>One row's contribution added (or, negated, taken away) with an upsert on the quarter hour's key.</summary>
        private static string Upsert(string row, int sign)
        {
            var o = Of(row);
            return $"""
                INSERT INTO {Q(Table)} ({Columns(Q)})
                VALUES ({o("MerchantId")}, {Period(o)}, {o("Currency")}, {string.Join(", ", Terms(o, sign))})
                ON CONFLICT ({string.Join(", ", Key.Select(Q))}) DO UPDATE SET
                {string.Join(", ", Totals.Select(t => $"{Q(t.Column)} = {Q(t.Column)} + excluded.{Q(t.Column)}"))};
                """;
        }
    }

    public static class SqlServer
    {
        private static string Q(string name) => $"[{name}]";

        private static Func<string, string> Of(string row) => column => $"{row}.{Q(column)}";

        private static string Period(Func<string, string> o) =>
            $"DATETIME2FROMPARTS(YEAR({o("CreatedAt")}), MONTH({o("CreatedAt")}), DAY({o("CreatedAt")}), DATEPART(hour, {o("CreatedAt")}), DATEPART(minute, {o("CreatedAt")}) / 15 * 15, 0, 0, 3)";

        private static string Sums(Func<string, string> o, int sign) => string.Join(", ", Terms(o, sign));

        /// <summary>
        /// The totals of the orders already there. The shared table lock, held to the end of the migration's transaction,
        /// keeps writers out until the trigger exists: no order is counted twice or missed.
        /// </summary>
        public static string Backfill()
        {
            var o = Of("o");
            return $"""
                INSERT INTO {Q(Table)} ({Columns(Q)})
                SELECT {o("MerchantId")}, {Period(o)}, {o("Currency")}, {string.Join(", ", Terms(o, 1).Select(t => $"SUM({t})"))}
                FROM [Orders] AS o WITH (TABLOCK, HOLDLOCK)
                GROUP BY {o("MerchantId")}, {Period(o)}, {o("Currency")};
                """;
        }

        /// <summary>
        /// Set-based over <c>inserted</c> and <c>deleted</c> (a statement may write many orders): their contributions,
        /// the leaving rows' negated, summed per quarter hour, then one UPDATE of the rows there and one INSERT of the
        /// others. UPDLOCK + HOLDLOCK (serializable range locks) make a second writer of the same quarter hour wait for
        /// the first to commit rather than both inserting it. The table variable lives in tempdb: its key
        /// columns name the collations of the columns they are joined with.
        /// </summary>
        public static string CreateTrigger()
        {
            var totals = Totals.Select(t => t.Column).ToList();
            var matches = string.Join(" AND ", Key.Select(k => $"v.{Q(k)} = c.{Q(k)}"));
            return $"""
                CREATE TRIGGER {Q(SqlServerTrigger)} ON [Orders] AFTER INSERT, UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM inserted) AND NOT ({string.Join(" OR ", Inputs.Select(c => $"UPDATE({Q(c)})"))})
                        RETURN;

                    DECLARE @changes TABLE (
                        [MerchantId] varchar(64) COLLATE DATABASE_DEFAULT NOT NULL, [PeriodStart] datetime2(3) NOT NULL,
                        [Currency] char(3) COLLATE {SqlServerBackOfficeDbContext.BinaryCollation} NOT NULL,
                        {string.Join(", ", Totals.Select(t => $"{Q(t.Column)} {(t.Column.EndsWith("Count", StringComparison.Ordinal) ? "int" : "bigint")} NOT NULL"))},
                        PRIMARY KEY ([MerchantId], [PeriodStart], [Currency]));

                    INSERT INTO @changes ({Columns(Q)})
                    SELECT c.[MerchantId], c.[PeriodStart], c.[Currency], {string.Join(", ", totals.Select(t => $"SUM(c.{Q(t)})"))}
                    FROM (
                        SELECT i.[MerchantId], {Period(Of("i"))} AS [PeriodStart], i.[Currency], {string.Join(", ", Terms(Of("i"), 1).Zip(totals, (term, t) => $"{term} AS {Q(t)}"))}
                        FROM inserted AS i
                        UNION ALL
                        SELECT d.[MerchantId], {Period(Of("d"))}, d.[Currency], {Sums(Of("d"), -1)}
                        FROM deleted AS d
                    ) AS c
                    GROUP BY c.[MerchantId], c.[PeriodStart], c.[Currency];

                    UPDATE v SET {string.Join(", ", totals.Select(t => $"v.{Q(t)} = v.{Q(t)} + c.{Q(t)}"))}
                    FROM {Q(Table)} AS v WITH (UPDLOCK, HOLDLOCK)
                    INNER JOIN @changes AS c ON {matches};

                    INSERT INTO {Q(Table)} ({Columns(Q)})
                    SELECT {Columns(k => $"c.{Q(k)}")}
                    FROM @changes AS c
                    WHERE NOT EXISTS (SELECT 1 FROM {Q(Table)} AS v WITH (UPDLOCK, HOLDLOCK) WHERE {matches});
                END
                """;
        }

        public static string DropTrigger() => $"DROP TRIGGER IF EXISTS {Q(SqlServerTrigger)};";
    }
}
