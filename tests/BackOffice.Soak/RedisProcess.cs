using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace BackOffice.Soak;

/// <summary>A redis-server of our own on a loopback port (no persistence), stopped and started again on the same port.</summary>
public sealed class RedisProcess(int port, string log) : IAsyncDisposable
{
    private Process? _process;

    public int Port => port;

    public string ConnectionString => $"127.0.0.1:{port}";

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--logfile", log })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start (apt-get install -y redis-server).");
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {port}.");
    }

    /// <summary>Kills the server by its own process id (SIGKILL: connections drop at once, as in an outage).</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
