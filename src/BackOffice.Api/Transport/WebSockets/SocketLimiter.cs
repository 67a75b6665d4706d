using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Transport.WebSockets;

/// <summary>Counts open, acknowledged sockets per API key on this instance.</summary>
public sealed class SocketLimiter(IOptions<GraphQLWebSocketOptions> options)
{
    private readonly ConcurrentDictionary<long, int> _open = new();

    public bool TryAcquire(long apiKeyId)
    {
        var max = options.Value.MaxSocketsPerApiKey;
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
