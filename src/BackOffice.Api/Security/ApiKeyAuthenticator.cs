using System.Net;
using System.Security.Cryptography;
using BackOffice.Domain.Merchants;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace BackOffice.Api.Security;

/// <summary>
/// Resolves an <c>X-Api-Key</c> to its merchant and role by the key's hash. Known keys are cached briefly so a busy
/// dashboard does not cost a lookup per request. Unknown keys are remembered for a few seconds in a cache of their own,
/// bounded in size: a client repeating a bad key costs one lookup, and a flood of guesses cannot evict the known keys.
/// The instance's own warm-up credential sits in the same cache (its requests take the path users' requests take), and is
/// honoured only by <see cref="AuthenticateAsync(HttpContext)"/>: GraphQL over HTTP, from a direct loopback connection.
/// </summary>
public sealed class ApiKeyAuthenticator(BackOfficeDbContextFactory contexts, IMemoryCache cache) : IDisposable
{
    public const string Header = "X-Api-Key";
    private const int MaxKeyLength = 256;
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RememberUnknownFor = TimeSpan.FromSeconds(5);
    private readonly MemoryCache _unknown = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    /// <summary>The request's key when it is cached as known, without a lookup; null otherwise (unknown, or not looked up lately).</summary>
    public AuthenticatedKey? Known(HttpContext context) =>
        Cached(context.Request.Headers[Header]) is { } known && (!known.IsWarmup || IsDirectLoopback(context)) ? known : null;

    /// <summary>The key of a GraphQL request over HTTP: an API key, or the warm-up credential from this machine while it is valid.</summary>
    public async Task<AuthenticatedKey?> AuthenticateAsync(HttpContext context)
    {
        var key = await LookUpAsync(context.Request.Headers[Header], context.RequestAborted);
        return key is { IsWarmup: true } && !IsDirectLoopback(context) ? null : key;
    }

    /// <summary>An API key (REST, export, a socket's connection parameters): never the warm-up credential.</summary>
    public async Task<AuthenticatedKey?> AuthenticateAsync(string? key, CancellationToken cancellationToken) =>
        await LookUpAsync(key, cancellationToken) is { IsWarmup: false } found ? found : null;

    /// <summary>
    /// A fresh secret (32 random bytes) that authenticates as a reader of <paramref name="merchantId"/> until it is disposed, or
    /// <paramref name="lifetime"/> passes should its holder never dispose it.
    /// </summary>
    public WarmupCredential IssueWarmupCredential(string merchantId, TimeSpan lifetime)
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var hash = ApiKey.Hash(secret);
        cache.Set(hash, new AuthenticatedKey(ApiKeyId: 0, merchantId, ApiKeyRole.Read, IsWarmup: true), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = lifetime,
            Priority = CacheItemPriority.NeverRemove, // a full cache must not cut the warm-up short
            Size = 1,
        });
        return new WarmupCredential(secret, () => cache.Remove(hash));
    }

    public void Dispose() => _unknown.Dispose();

    private async Task<AuthenticatedKey?> LookUpAsync(string? key, CancellationToken cancellationToken)
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
            .Select(k => new AuthenticatedKey(k.Id, k.MerchantId, k.Role, k.PersistedOnly, false))
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

    private AuthenticatedKey? Cached(string? key) =>
        IsWellFormed(key) && cache.TryGetValue(ApiKey.Hash(key!), out AuthenticatedKey? known) ? known : null;

    /// <summary>
    /// A connection from this machine that no proxy relayed: the warm-up connects straight to its own listener, while a
    /// proxy on the same host would pass a remote client's request on from loopback (with the forwarding headers).
    /// </summary>
    private static bool IsDirectLoopback(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } remote
        && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For")
        && !context.Request.Headers.ContainsKey("X-Original-For");

    private static bool IsWellFormed(string? key) => !string.IsNullOrWhiteSpace(key) && key.Length <= MaxKeyLength;
}
