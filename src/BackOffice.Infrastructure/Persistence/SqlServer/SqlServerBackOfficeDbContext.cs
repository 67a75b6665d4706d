using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Persistence.SqlServer;

/// <summary>
/// Production. Migrations:
/// <c>dotnet ef migrations add NAME -p src/BackOffice.Infrastructure -c SqlServerBackOfficeDbContext -o Persistence/SqlServer/Migrations</c>
/// </summary>
public sealed class SqlServerBackOfficeDbContext(DbContextOptions<SqlServerBackOfficeDbContext> options) : BackOfficeDbContext(options)
{
    public override bool IsSqlite => false;

    /// <summary>Compares and sorts by code point, as SQLite's columns do.</summary>
    public const string BinaryCollation = "Latin1_General_100_BIN2";

    /// <summary>Free text and display names keep the database's collation (case-insensitive); the merchant id, which other
    /// tables reference and no client sends, too.</summary>
    private static readonly HashSet<string> KeepsDefaultCollation = ["Description", "Name", "Payload", "MerchantId"];

    /// <summary>
    /// Identifiers and codes (order, operation, contract and customer ids, currencies, idempotency keys, …) compare exactly
    /// on SQLite; SQL Server's default collation ignores case, so there they get a binary one: every lookup, filter, sort
    /// and unique index on them is exact, on both databases.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Orders has a trigger (OrderVolumes): EF Core then reads the affected rows without OUTPUT, which SQL Server refuses there.
        modelBuilder.Entity<BackOffice.Domain.Orders.Order>().ToTable(t => t.HasTrigger(Statistics.OrderVolumeTriggers.SqlServerTrigger));
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties())
                     .Where(p => p.ClrType == typeof(string) && !KeepsDefaultCollation.Contains(p.Name)))
        {
            property.SetCollation(BinaryCollation);
        }
    }
}
