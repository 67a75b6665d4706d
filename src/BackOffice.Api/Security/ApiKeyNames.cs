using System.Globalization;
using BackOffice.Api.Common.Loading;
using BackOffice.Infrastructure.Persistence;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Security;

/// <summary>
/// Per request: who an audit field names (who initiated an operation, who deactivated a contract). A key's name, or
/// its id when the key is gone; only names and ids leave here, never a hash. A key of another merchant is not named.
/// </summary>
public sealed class ApiKeyNames(BackOfficeDbContext db)
{
    private readonly BatchLoader<long, string> _byId = new(async (ids, cancellationToken) =>
    {
        var merchantId = db.CurrentMerchantId;
        var names = await db.ApiKeys.AsNoTracking()
            .Where(k => k.MerchantId == merchantId && ids.Contains(k.Id))
            .Select(k => new { k.Id, k.Name })
            .ToDictionaryAsync(k => k.Id, k => k.Name, cancellationToken);
        return ids.ToDictionary(id => id, id => names.GetValueOrDefault(id) ?? id.ToString(CultureInfo.InvariantCulture));
    });

    /// <summary>Null when no key was involved (the gateway's own traffic, demo data).</summary>
    public IDataLoaderResult<string?>? Describe(long? apiKeyId) => apiKeyId is { } id ? _byId.Load(id) : null;
}
