using BackOffice.Domain.Merchants;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace BackOffice.Api.Security;

/// <summary>
/// Resolves an <c>X-Api-Key</c> to its merchant and role by the key's hash. Known keys are cached briefly so a busy
/// dashboard does not cost a lookup per request. Unknown keys are remembered for a few seconds in a cache of their own,
/// bounded in size: a client repeating a bad key costs one lookup, and a flood of guesses cannot evict the known keys.
/// </summary>
public sealed class ApiKeyAuthenticator(BackOfficeDbContextFactory contexts, IMemoryCache cache) : IDisposable
{
    public const string Header = "X-Api-Key";
    private const int MaxKeyLength = 256;
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RememberUnknownFor = TimeSpan.FromSeconds(5);
    private readonly MemoryCache _unknown = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>The key when it is cached as known, without a lookup; null otherwise (unknown, or not looked up lately).</summary>
    public AuthenticatedKey? Known(string? key) =>
        IsWellFormed(key) && cache.TryGetValue(ApiKey.Hash(key!), out AuthenticatedKey? known) ? known : null;

    public async Task<AuthenticatedKey?> AuthenticateAsync(string? key, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(key))
        {
            return null;
        }

        var hash = ApiKey.Hash(key!);
        if (cache.TryGetValue(hash, out AuthenticatedKey? known))
        {
            return known;
        }

        if (_unknown.TryGetValue(hash, out _))
        {
            return null;
        }

        await using var db = contexts.Create(merchantId: null);
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash)
            .Select(k => new AuthenticatedKey(k.Id, k.MerchantId, k.Role, k.PersistedOnly))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is not null)
        {
            cache.Set(hash, found, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = CacheFor, Size = 1 });
        }
        else
        {
            _unknown.Set(hash, true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = RememberUnknownFor, Size = 1 });
        }

        return found;
    }

    public void Dispose() => _unknown.Dispose();

    private static bool IsWellFormed(string? key) => !string.IsNullOrWhiteSpace(key) && key.Length <= MaxKeyLength;
}
