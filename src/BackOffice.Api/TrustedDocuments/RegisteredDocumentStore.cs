using BackOffice.Infrastructure.Documents;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.TrustedDocuments;

/// <summary>
/// Documents registered by automatic persisted queries, per merchant, in the database (so every instance knows them)
/// with the texts looked up lately kept in memory. Bounded: at most <see cref="DocumentStoreOptions.MaxRegisteredPerMerchant"/>
/// per merchant, each no longer than a query may be; a registration beyond the cap evicts the merchant's oldest one.
/// A miss is not remembered: a client that misses registers next, and the rate limit bounds what misses cost.
/// </summary>
public sealed class RegisteredDocumentStore(
    BackOfficeDbContextFactory contexts, IOptions<DocumentStoreOptions> options, TimeProvider time, ILogger<RegisteredDocumentStore> logger)
    : IDisposable
{
    private readonly MemoryCache _texts = new(new MemoryCacheOptions { SizeLimit = 8_000_000 }); // characters
    private readonly int _cap = Math.Max(1, options.Value.MaxRegisteredPerMerchant);

    public async Task<string?> FindAsync(string merchantId, string hash, CancellationToken cancellationToken)
    {
        if (_texts.TryGetValue((merchantId, hash), out string? text))
        {
            return text;
        }

        await using var db = contexts.Create(merchantId);
        text = await db.RegisteredDocuments.AsNoTracking()
            .Where(d => d.Hash == hash)
            .Select(d => d.Text)
            .FirstOrDefaultAsync(cancellationToken);
        if (text is not null)
        {
            Remember(merchantId, hash, text);
        }

        return text;
    }

    /// <summary>Stores a document that just validated; a failure is logged, never the request's: the client registers again.</summary>
    public async Task RegisterAsync(string merchantId, long apiKeyId, string hash, string text, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = contexts.Create(merchantId);
            var registered = await db.RegisteredDocuments.CountAsync(cancellationToken);
            if (registered >= _cap)
            {
                await db.RegisteredDocuments
                    .OrderBy(d => d.RegisteredAt).ThenBy(d => d.Id)
                    .Take(registered - _cap + 1)
                    .ExecuteDeleteAsync(cancellationToken);
            }

            db.RegisteredDocuments.Add(new RegisteredDocument(merchantId, hash, text, apiKeyId, time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
            Remember(merchantId, hash, text);
        }
        catch (DbUpdateException)
        {
            Remember(merchantId, hash, text); // another request registered it first
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "A document could not be registered for merchant {MerchantId}", merchantId);
        }
    }

    public void Dispose() => _texts.Dispose();

    private void Remember(string merchantId, string hash, string text) =>
        _texts.Set((merchantId, hash), text, new MemoryCacheEntryOptions { Size = text.Length, SlidingExpiration = TimeSpan.FromHours(1) });
}
