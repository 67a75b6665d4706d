using System.Collections.Concurrent;
using System.Net.Sockets;

namespace BackOffice.Soak;

/// <summary>
/// Every HTTP request of the soak goes through here: bounded by a client timeout (a hanging server never hangs the
/// soak), and counted per kind by what came back. A failure on an instance while it was being crashed is the crash's.
/// </summary>
public sealed class Traffic : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public ConcurrentDictionary<string, Tally> Kinds { get; } = new();

    /// <summary>The status and body, or null when no answer came (timeout, refused, cut).</summary>
    public async Task<(int Status, string Body)?> SendAsync(string kind, Instance instance, Func<string, HttpRequestMessage> request, TimeSpan timeout)
    {
        var tally = Kinds.GetOrAdd(kind, _ => new Tally());
        var started = DateTime.UtcNow;
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            using var message = request(instance.BaseUrl + "/graphql");
            using var response = await _http.SendAsync(message, cancel.Token);
            var body = await response.Content.ReadAsStringAsync(cancel.Token);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                tally.Add(CrashedDuring(instance, started) ? Tally.Outcome.CutByCrash : Tally.Outcome.ServerError, status, $"{instance.Name} {status}: {body}");
            }
            else if (body.Contains("\"code\":\"INTERNAL\"", StringComparison.Ordinal))
            {
                tally.Add(Tally.Outcome.Internal, status, $"{instance.Name} {status}: {body}");
            }
            else
            {
                tally.Add(Tally.Outcome.Answered, status, null);
            }

            return (status, body);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException or SocketException)
        {
            var outcome = CrashedDuring(instance, started) ? Tally.Outcome.CutByCrash
                : Down(instance, started) ? Tally.Outcome.Refused
                : e is OperationCanceledException ? Tally.Outcome.Timeout
                : Tally.Outcome.OtherError;
            tally.Add(outcome, 0, outcome is Tally.Outcome.Timeout or Tally.Outcome.OtherError ? $"{instance.Name}: {e.GetType().Name} {e.Message}" : null);
            return null;
        }
    }

    private static bool CrashedDuring(Instance instance, DateTime started) =>
        instance.CrashedAt is { } crashed && crashed >= started && crashed <= DateTime.UtcNow;

    private static bool Down(Instance instance, DateTime started) =>
        instance.CrashedAt is { } crashed && started >= crashed && (instance.RestartedAt is not { } restarted || started < restarted);

    public void Dispose() => _http.Dispose();
}
