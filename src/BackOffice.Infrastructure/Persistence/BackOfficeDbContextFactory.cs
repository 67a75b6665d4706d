using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Persistence;

/// <summary>
/// The only way to get a context: rents one from the provider's pool and sets the merchant whose data it may see.
/// <c>null</c> means "no merchant", which sees no orders, operations or contracts (used for keys and seeding).
/// </summary>
public sealed class BackOfficeDbContextFactory(Func<BackOfficeDbContext> rent)
{
    public BackOfficeDbContext Create(string? merchantId)
    {
        var context = rent();
        context.CurrentMerchantId = merchantId;
        return context;
    }

    internal static BackOfficeDbContextFactory From<TContext>(IDbContextFactory<TContext> pool) where TContext : BackOfficeDbContext =>
        new(pool.CreateDbContext);
}
