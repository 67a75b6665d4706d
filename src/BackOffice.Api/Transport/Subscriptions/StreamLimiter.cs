using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Transport.Subscriptions;

/// <summary>
/// Counts the open streams of each API key on this instance, sockets (once acknowledged) and SSE streams in one count: both
/// hold a connection, a send queue and audience memberships, and a key must not double its share by switching transport.
/// </summary>
public sealed class StreamLimiter(IOptions<StreamLimitOptions> options)
{
    private readonly ConcurrentDictionary<long, int> _open = new();

    public int MaxPerApiKey => options.Value.MaxPerApiKey;

    public bool TryAcquire(long apiKeyId)
    {
        var max = options.Value.MaxPerApiKey;
        while (true)
        {
            var current = _open.GetOrAdd(apiKeyId, 0);
            if (current >= max)
            {
                return false;
            }

            if (_open.TryUpdate(apiKeyId, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Release(long apiKeyId) => _open.AddOrUpdate(apiKeyId, 0, (_, current) => Math.Max(0, current - 1));
}
