using BackOffice.Api.Common.Loading;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Orders;

/// <summary>
/// Per request: the orders of many operations in one query. The keys go as one parameter (a JSON array): the statement's
/// text is then the same for any number of keys and EF Core reuses it, where a parameter per key had it rebuild the SQL on
/// every call (4 % of the server's CPU for 50 orders with their operations).
/// </summary>
public sealed class OrderLoaders(BackOfficeDbContext db)
{
    public BatchLoader<long, Order> ByKey { get; } = new(async (keys, cancellationToken) =>
        await db.Orders.AsNoTracking().Where(o => EF.Parameter(keys).Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken));

    /// <summary>Whole aggregates, operations included, for the rules that need them (an operation's available actions).</summary>
    public BatchLoader<long, Order> WithOperations { get; } = new(async (keys, cancellationToken) =>
        await db.Orders.AsNoTracking().Include(o => o.Operations).Where(o => EF.Parameter(keys).Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken));
}
