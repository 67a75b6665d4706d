using System.Diagnostics;
using System.Globalization;

namespace BackOffice.Benchmarks;

/// <summary>The API built in Release, run as its own process on loopback: seeding, serving, and its resident memory.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static string Dll => Path.Combine(BenchmarkOptions.RepositoryRoot(), "src", "BackOffice.Api", "bin", "Release", "net10.0", "BackOffice.Api.dll");

    /// <summary>Runs the API's own seeding command (it tops the demo merchant up to <paramref name="orders"/>); the seconds it took.</summary>
    public static async Task<double> SeedAsync(string connectionString, int orders)
    {
        var clock = Stopwatch.StartNew();
        using var seed = Start(["seed", "--orders", orders.ToString(CultureInfo.InvariantCulture), $"--ConnectionStrings:BackOffice={connectionString}"], new Dictionary<string, string>(), echo: true);
        await seed.WaitForExitAsync();
        if (seed.ExitCode != 0)
        {
            throw new InvalidOperationException($"Seeding failed with exit code {seed.ExitCode}.");
        }

        return clock.Elapsed.TotalSeconds;
    }

    public static async Task<ApiProcess> StartAsync(string connectionString, int port)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var process = Start(["--urls", baseUrl], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__BackOffice"] = connectionString,
            ["RateLimiting__Enabled"] = "false", // the benchmark is one client far above any dashboard's rate
            ["Logging__LogLevel__Default"] = "Warning",
            ["GraphQL__WebSockets__MaxSocketsPerApiKey"] = "100000",
            ["GraphQL__WebSockets__KeepAliveInterval"] = "00:05:00",
        }, echo: false);
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if (await http.GetStringAsync(new Uri($"{baseUrl}/health/ready")) == "Healthy")
                {
                    return new ApiProcess(process, baseUrl);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        process.Kill();
        throw new InvalidOperationException("The API did not become ready within a minute.");
    }

    /// <summary>Resident memory of the server process, from /proc.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private static Process Start(string[] args, IReadOnlyDictionary<string, string> environment, bool echo)
    {
        if (!File.Exists(Dll))
        {
            throw new InvalidOperationException($"{Dll} is missing: build with `dotnet build -c Release` (dotnet run -c Release does).");
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(Dll)!, RedirectStandardOutput = !echo, RedirectStandardError = !echo };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        if (!echo)
        {
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    Console.Error.WriteLine($"  [api] {e.Data}");
                }
            };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        return process;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
