namespace BackOffice.Api.Transport.WebSockets;

/// <summary>
/// The server's keep-alive, so proxies keep an idle socket open and the client knows the server is there: one timer per
/// socket, ticking from the moment it opens; each tick sends the protocol's keep-alive message once the socket is acknowledged.
/// </summary>
public static class KeepAlive
{
    public static async Task RunAsync(SubscriptionServer server, TimeSpan interval, CancellationToken lifetime)
    {
        try
        {
            using var timer = new PeriodicTimer(interval);
            while (await timer.WaitForNextTickAsync(lifetime))
            {
                server.SendKeepAlive();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
