using BackOffice.Domain.Contracts;
using BackOffice.Domain.Merchants;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Documents;
using BackOffice.Infrastructure.Idempotency;
using BackOffice.Infrastructure.Outbox;
using BackOffice.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Persistence;

/// <summary>
/// The model shared by both providers. Tenancy lives here, below every resolver: orders, operations and contracts
/// are filtered by <see cref="CurrentMerchantId"/>, and a context with no merchant sees none of them.
/// Contexts are created by <see cref="BackOfficeDbContextFactory"/>, which always sets the merchant.
/// </summary>
public abstract class BackOfficeDbContext(DbContextOptions options) : DbContext(options)
{
    public string? CurrentMerchantId { get; internal set; }

    /// <summary>
    /// Whether this context speaks to SQLite, known from its type: EF's <c>Database.IsSqlite()</c> and <c>ProviderName</c>
    /// build an <c>AssemblyName</c> on every call, about 1 % of a page's CPU when asked per request.
    /// </summary>
    public abstract bool IsSqlite { get; }

    public DbSet<Merchant> Merchants => Set<Merchant>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Operation> Operations => Set<Operation>();

    public DbSet<Contract> Contracts => Set<Contract>();

    /// <summary>Per-quarter-hour sums of the orders, kept by the database's triggers; read-only here.</summary>
    public DbSet<QuarterHourVolume> OrderVolumes => Set<QuarterHourVolume>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Documents registered by automatic persisted queries, each visible to its own merchant only.</summary>
    public DbSet<RegisteredDocument> RegisteredDocuments => Set<RegisteredDocument>();

    /// <summary>Not filtered by merchant: the dispatcher publishes every merchant's events, each tagged with its merchant.</summary>
    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BackOfficeDbContext).Assembly);
        modelBuilder.Entity<Order>().HasQueryFilter(o => o.MerchantId == CurrentMerchantId);
        modelBuilder.Entity<Operation>().HasQueryFilter(o => o.MerchantId == CurrentMerchantId);
        modelBuilder.Entity<QuarterHourVolume>().HasQueryFilter(v => v.MerchantId == CurrentMerchantId);
        modelBuilder.Entity<Contract>().HasQueryFilter(c => c.MerchantId == CurrentMerchantId);
        modelBuilder.Entity<IdempotencyRecord>().HasQueryFilter(r => r.MerchantId == CurrentMerchantId);
        modelBuilder.Entity<RegisteredDocument>().HasQueryFilter(d => d.MerchantId == CurrentMerchantId);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcMillisecondsConverter>().HavePrecision(3);
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcMillisecondsConverter>().HavePrecision(3);
        configurationBuilder.Properties<string>().AreUnicode(false);
    }
}
