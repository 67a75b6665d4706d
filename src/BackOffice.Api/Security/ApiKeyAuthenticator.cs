using BackOffice.Domain.Merchants;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace BackOffice.Api.Security;

/// <summary>
/// Resolves an <c>X-Api-Key</c> to its merchant and role by the key's hash. Known keys are cached briefly so a busy
/// dashboard does not cost a lookup per request; unknown keys are not cached, so a flood of guesses cannot fill memory.
/// </summary>
public sealed class ApiKeyAuthenticator(BackOfficeDbContextFactory contexts, IMemoryCache cache)
{
    public const string Header = "X-Api-Key";
    private const int MaxKeyLength = 256;
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task<AuthenticatedKey?> AuthenticateAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength)
        {
            return null;
        }

        var hash = ApiKey.Hash(key);
        if (cache.TryGetValue(hash, out AuthenticatedKey? known))
        {
            return known;
        }

        await using var db = contexts.Create(merchantId: null);
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash)
            .Select(k => new AuthenticatedKey(k.Id, k.MerchantId, k.Role))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is not null)
        {
            cache.Set(hash, found, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = CacheFor, Size = 1 });
        }

        return found;
    }
}
