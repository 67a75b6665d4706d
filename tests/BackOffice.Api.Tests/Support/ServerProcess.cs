using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackOffice.Api.Tests.Support;

/// <summary>
/// The built API as its own process on a free loopback port, with demo data in its own SQLite file: for what only a
/// real process shows (signals, shutdown). Its output is kept for the assertion messages.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _database;
    private readonly List<string> _output = [];

    private ServerProcess(Process process, string database, Uri address)
    {
        _process = process;
        _database = database;
        Address = address;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.TakeLast(40));
            }
        }
    }

    public static async Task<ServerProcess> StartAsync()
    {
        var port = FreePort();
        var database = Path.Combine(Path.GetTempPath(), $"backoffice-process-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ApiDll());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__BackOffice"] = $"Data Source={database}";
        var server = new ServerProcess(Process.Start(start)!, database, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = server.Address };
        for (var i = 0; i < 600 && !server.HasExited; i++)
        {
            try
            {
                if (await http.GetStringAsync("/health/ready") == "Healthy")
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        var output = server.Output;
        await server.DisposeAsync();
        throw new InvalidOperationException($"The API did not become ready within a minute:\n{output}");
    }

    /// <summary>What <c>docker stop</c> sends first.</summary>
    public void Terminate() => Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    public Task<bool> WaitForExitAsync(TimeSpan patience) =>
        _process.WaitForExitAsync(new CancellationTokenSource(patience).Token).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    /// <summary>The API built beside these tests (same configuration: run.sh builds the solution in Debug).</summary>
    private static string ApiDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name; // …/bin/Debug/net10.0/
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "BackOfficeGraphQL.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root?.FullName ?? throw new InvalidOperationException("The repository root was not found."),
            "src", "BackOffice.Api", "bin", configuration, "net10.0", "BackOffice.Api.dll");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
