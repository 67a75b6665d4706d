using BackOffice.Domain.Contracts;
using BackOffice.Domain.Merchants;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Idempotency;
using BackOffice.Infrastructure.Outbox;
using BackOffice.Infrastructure.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BackOffice.Api.Tests.Persistence.SqlServer;

/// <summary>
/// What the never-connected database "holds": a few real domain objects per table, turned into column values through
/// the SQL Server model, so a fabricated row is exactly what SQL Server would return for them.
/// </summary>
public sealed class SampleData
{
    public const string MerchantId = "m1";
    public const string OperatorKey = "sqlserver-operator-key";
    public const long OperatorKeyId = 7;

    public static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    private static readonly SqlServerBackOfficeDbContext Context = new(
        new DbContextOptionsBuilder<SqlServerBackOfficeDbContext>().UseSqlServer("Server=unused;Database=BackOffice").Options);

    private static readonly IModel Model = Context.Model;

    /// <summary>The model with what only migrations read (collations), which the runtime model leaves out.</summary>
    private static readonly IModel DesignModel = Context.GetService<IDesignTimeModel>().Model;

    private static readonly Dictionary<string, IEntityType> Tables = Model.GetEntityTypes()
        .Where(t => t.GetTableName() is not null).ToDictionary(t => t.GetTableName()!, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, IReadOnlyList<object>> _rows = new(StringComparer.OrdinalIgnoreCase);

    public SampleData()
    {
        Set("Merchants", new Merchant(MerchantId, "Merchant One"));
        Set("ApiKeys", WithKey(ApiKey.Issue(MerchantId, "operator", OperatorKey, ApiKeyRole.Operate, Now.AddDays(-30)), OperatorKeyId));
        Set("OutboxEvents", WithKey(new OutboxEvent("e1", MerchantId, 1, "ORD1", 1, "OP1", Now, "{}"), 1));
    }

    /// <summary>An order with its operations (one row per operation where a query joins them).</summary>
    public SampleData WithOrder(Order order)
    {
        Set("Orders", order);
        _rows["Operations"] = order.Operations.ToList();
        return this;
    }

    public SampleData Set(string table, params object[] rows)
    {
        _rows[table] = rows;
        return this;
    }

    public IReadOnlyList<object> Rows(string table) => _rows.GetValueOrDefault(table) ?? [];

    /// <summary>The column's value for <paramref name="entity"/> as the provider stores it (enum names, UTC milliseconds).</summary>
    public object ColumnValue(string table, string column, object entity)
    {
        var property = Property(table, column);
        if (property is { IsNullable: false, ClrType.IsValueType: true } && property.IsShadowProperty())
        {
            return Activator.CreateInstance(property.ClrType)!; // a column the entity does not map (a counter): its default
        }

        if (property?.PropertyInfo is null)
        {
            return DBNull.Value;
        }

        var value = property.PropertyInfo.GetValue(entity);
        if (value is null)
        {
            return DBNull.Value;
        }

        return property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value : value;
    }

    public bool IsGeneratedKey(string table, string column) => Property(table, column) is { ValueGenerated: ValueGenerated.OnAdd } p && p.IsPrimaryKey();

    public object DefaultValue(string table, string column)
    {
        var type = Property(table, column) is { } p ? p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType : typeof(int);
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsValueType ? Activator.CreateInstance(type)! : DBNull.Value;
    }

    /// <summary>The column's SQL Server type, e.g. <c>varchar(27)</c>; null for a column the model does not know.</summary>
    public static string? ColumnType(string table, string column) => Property(table, column)?.GetColumnType();

    /// <summary>The column's collation on SQL Server; null for the database's default.</summary>
    public static string? Collation(string table, string column) =>
        DesignModel.GetEntityTypes().Single(t => t.GetTableName() == table).GetProperties().Single(p => p.GetColumnName() == column).GetCollation();

    /// <summary>Sets the database-generated key a loaded row would carry.</summary>
    public static T WithKey<T>(T entity, long id) where T : class
    {
        typeof(T).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }

    /// <summary>An order paid by card: an open authorization (capture, void) or an implicit capture (refund, cancel).</summary>
    public static Order PaidOrder(string orderId, OperationType payment, OperationResult result, DateTime paidAt)
    {
        var order = WithKey(Order.Place(MerchantId, orderId, 10_000, "EUR", "CUST00001", "Blue shoes", Channel.Ecommerce, paidAt.AddMinutes(-1), "ref-1").Value!, 1);
        order.RecordPayment(new PaymentRecord("OP" + orderId, payment, result, paidAt, Channel.Ecommerce, "CARD", "VISA", "***1234", "CTR1"));
        foreach (var (operation, i) in order.Operations.Select((o, i) => (o, i)))
        {
            WithKey(operation, 11 + i);
        }

        return order;
    }

    /// <summary>An order no payment reached: its optional columns are null (the other branch of every keyset predicate).</summary>
    public static Order PendingOrder() =>
        WithKey(Order.Place(MerchantId, "ORD2", 500, "EUR", null, null, Channel.Pos, Now.AddHours(-1)).Value!, 2);

    public static Contract ActiveContract() => WithKey(new Contract(
        MerchantId, "CTR1", "CUST00001", ContractType.MitScheduled, 30, "12/29", "CARD", "VISA", "***1234", Now.AddDays(-10),
        DateOnly.FromDateTime(Now.AddYears(1))), 3);

    public static IdempotencyRecord Record(string key, string mutation, string requestHash, string resultId) =>
        WithKey(new IdempotencyRecord(MerchantId, key, mutation, requestHash, resultId, Now.AddMinutes(-5)), 9);

    private static IProperty? Property(string table, string column) =>
        Tables.TryGetValue(table, out var type) ? type.GetProperties().FirstOrDefault(p => p.GetColumnName() == column) : null;
}
