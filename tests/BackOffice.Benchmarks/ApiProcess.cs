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
        ProcessId = process.Id;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The Release build's output, unless <c>--api</c> names another (e.g. a published, ReadyToRun one).</summary>
    public static string Dll { get; set; } = Path.Combine(RepositoryRoot(), "src", "BackOffice.Api", "bin", "Release", "net10.0", "BackOffice.Api.dll");

    /// <summary>The server's process id (the API itself, not a wrapper).</summary>
    public int ProcessId { get; }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackOfficeGraphQL.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from the repository (BackOfficeGraphQL.sln not found).");
    }

    /// <summary>
    /// Publishes the API as the image does (<c>dotnet publish -c Release</c>: ReadyToRun, see BackOffice.Api.csproj) into
    /// <paramref name="directory"/> and returns its dll: the benchmark then measures the build production runs.
    /// </summary>
    public static async Task<string> PublishAsync(string directory)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot() };
        foreach (var arg in new[] { "publish", "src/BackOffice.Api/BackOffice.Api.csproj", "-c", "Release", "-o", directory, "-p:PortalOptional=true", "-nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(arg);
        }

        using var publish = Process.Start(start)!;
        await publish.WaitForExitAsync();
        return publish.ExitCode == 0
            ? Path.Combine(directory, "BackOffice.Api.dll")
            : throw new InvalidOperationException($"dotnet publish of the API failed with exit code {publish.ExitCode}.");
    }

    /// <summary>Runs the API's own seeding command (it tops the demo merchant up to <paramref name="orders"/>); the seconds it took.</summary>
    public static async Task<double> SeedAsync(string connectionString, int orders)
    {
        var clock = Stopwatch.StartNew();
        using var seed = Start(["seed", "--orders", orders.ToString(CultureInfo.InvariantCulture), $"--ConnectionStrings:BackOffice={connectionString}"], new Dictionary<string, string>(), echo: true, log: null);
        await seed.WaitForExitAsync();
        if (seed.ExitCode != 0)
        {
            throw new InvalidOperationException($"Seeding failed with exit code {seed.ExitCode}.");
        }

        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Starts the server and waits until it is ready. <paramref name="settings"/> (environment variables) add to or
    /// override the benchmark's defaults; <paramref name="args"/> are added to the command line; with <paramref name="log"/>
    /// the server's output goes to that file instead of its errors to the console.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(string connectionString, int port, IReadOnlyDictionary<string, string>? settings = null,
        string[]? args = null, string? log = null, int pollMs = 200)
    {
        var baseUrl = $"http://127.0.0.1:{port}";
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__BackOffice"] = connectionString,
            ["RateLimiting__Enabled"] = "false", // the benchmark is one client far above any dashboard's rate
            ["Logging__LogLevel__Default"] = "Warning",
            ["GraphQL__Streams__MaxPerApiKey"] = "100000",
            ["GraphQL__WebSockets__KeepAliveInterval"] = "00:05:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        var process = Start(["--urls", baseUrl, .. args ?? []], environment, echo: false, log);
        using var http = new HttpClient();
        for (var waited = 0; waited < 60_000; waited += pollMs)
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

            await Task.Delay(pollMs);
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

    /// <summary>CPU time the server has used so far (user and system), from /proc.</summary>
    public double CpuMilliseconds()
    {
        // The fields after the command name, which is in parentheses and may contain spaces: utime and stime are 14th and 15th.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / 100; // USER_HZ is 100 on Linux
    }

    /// <summary>SIGKILL, as a crash would: no shutdown, in-flight requests cut.</summary>
    public async Task CrashAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    private static Process Start(string[] args, IReadOnlyDictionary<string, string> environment, bool echo, string? log)
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
            // Left open: output events may still arrive after the process ended (one small handle per start).
            var file = log is null ? null : TextWriter.Synchronized(new StreamWriter(log, append: true) { AutoFlush = true });
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    file?.WriteLine(e.Data);
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null)
                {
                    (file ?? Console.Error).WriteLine(file is null ? $"  [api] {e.Data}" : e.Data);
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
