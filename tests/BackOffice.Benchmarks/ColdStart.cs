using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackOffice.Benchmarks;

/// <summary>
/// A fresh API process on the same database, loaded from the moment <c>/health/ready</c> says Healthy: throughput per
/// 1-second window, and the first seconds against the same process once it is warm (a rolling deploy's first users).
/// </summary>
public static class ColdStart
{
    public const string Name = "cold start, orders first page of 50";

    /// <summary>
    /// <paramref name="Windows"/>: requests completed in each second after ready; <paramref name="WarmRps"/>: the same
    /// process after <paramref name="SettleSeconds"/> s of that load; <paramref name="StartMs"/>: process start to ready.
    /// </summary>
    /// <remarks>
    /// <paramref name="CpuMsPerRequest"/> (the server's CPU time per answered request, each second) does not depend on
    /// how much of the machine the server gets, as throughput does on a shared machine: it tells warm code from cold.
    /// </remarks>
    public sealed record Result(double[] Windows, double[] CpuMsPerRequest, double FirstCpuMsPerRequest, double WarmRps, double WarmCpuMsPerRequest, int SettleSeconds, double StartMs,
        int Requests, int Errors, double FirstP99Ms)
    {
        /// <summary>The server's own account of its warm-up (its log line), when it logged one.</summary>
        public string? Warmup { get; init; }

        /// <summary>CPU the server spent from its start to ready (the JIT's share of a start shows here, whatever the machine's load).</summary>
        public double StartCpuMs { get; init; }

        public const int FirstSeconds = 5;

        public double FirstRps => Windows.Take(FirstSeconds).Average();

        public double Ratio => FirstRps / WarmRps;

        /// <summary>Warm CPU per request over the first seconds' CPU per request: the throughput ratio the same CPU would give.</summary>
        public double CpuRatio => WarmCpuMsPerRequest / FirstCpuMsPerRequest;
    }

    /// <summary>
    /// Starts the server (with <paramref name="settings"/> as extra environment variables), records <paramref name="seconds"/>
    /// 1-second windows, keeps the load on until <paramref name="settleSeconds"/> after ready, then measures warm throughput
    /// over <paramref name="warmSeconds"/>.
    /// </summary>
    public static async Task<Result> RunAsync(string connectionString, string query, int connections, int seconds, int settleSeconds, int warmSeconds,
        IReadOnlyDictionary<string, string> settings)
    {
        var clock = Stopwatch.StartNew();
        var log = Path.Combine(Path.GetTempPath(), $"backoffice-cold-start-{Guid.NewGuid():N}.log");
        var environment = new Dictionary<string, string> { ["Logging__LogLevel__BackOffice.Api.Warmup"] = "Information" };
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        var body = System.Text.Json.JsonSerializer.Serialize(new { query });
        // The load's own client runs warm, as a deploy's users' clients do: on a 2-core machine a cold client's JIT takes
        // the fresh server's CPU in its first seconds, and would be counted as the server's coldness.
        await WarmClientAsync(body, connections, TimeSpan.FromSeconds(Math.Min(seconds, 5)));

        await using var api = await ApiProcess.StartAsync(connectionString, FreePort(), environment, log: log, pollMs: 20);
        var startMs = clock.Elapsed.TotalMilliseconds;
        var startCpuMs = api.CpuMilliseconds();

        // A client of its own: a fresh instance also gets fresh connections.
        using var http = Client(connections);
        var ready = Stopwatch.StartNew();
        var total = settleSeconds + warmSeconds;
        var completed = new int[total + 1];
        var firstLatencies = new List<double>[connections];
        var cpu = new double[total + 1];
        var sampler = Task.Run(async () =>
        {
            for (var second = 0; second <= total; second++)
            {
                cpu[second] = api.CpuMilliseconds();
                var next = TimeSpan.FromSeconds(second + 1) - ready.Elapsed;
                if (second < total && next > TimeSpan.Zero)
                {
                    await Task.Delay(next);
                }
            }
        });
        var errors = await DriveAsync(http, $"{api.BaseUrl}/graphql", body, connections, ready, TimeSpan.FromSeconds(total), (worker, at, latencyMs) =>
        {
            Interlocked.Increment(ref completed[(int)at]);
            if (at < Result.FirstSeconds)
            {
                (firstLatencies[worker] ??= []).Add(latencyMs);
            }
        });
        await sampler;

        var warm = completed.Skip(settleSeconds).Take(warmSeconds).Average();
        double PerRequest(int from, int count) => (cpu[from + count] - cpu[from]) / Math.Max(1, completed.Skip(from).Take(count).Sum());
        var first = firstLatencies.Where(l => l is not null).SelectMany(l => l).Order().ToList();
        return new Result(completed.Take(seconds).Select(c => (double)c).ToArray(), Enumerable.Range(0, seconds).Select(i => PerRequest(i, 1)).ToArray(),
            PerRequest(0, Math.Min(Result.FirstSeconds, total)), // a smoke run is shorter than the first seconds
            warm, PerRequest(settleSeconds, warmSeconds), settleSeconds, startMs,
            completed.Sum(), errors, LoadResult.Percentile(first, 0.99))
        {
            StartCpuMs = startCpuMs,
            Warmup = File.ReadLines(log).FirstOrDefault(l => l.Contains("Warm-up", StringComparison.Ordinal))?.Trim(),
        };
    }

    /// <summary>
    /// <paramref name="connections"/> requests in flight to <paramref name="url"/> until <paramref name="clock"/> reaches
    /// <paramref name="duration"/>; <paramref name="answered"/> gets each good answer (worker, second it ended, latency).
    /// The errors: a status other than 200 or a GraphQL error.
    /// </summary>
    private static async Task<int> DriveAsync(HttpClient http, string url, string body, int connections, Stopwatch clock, TimeSpan duration,
        Action<int, double, double> answered)
    {
        var errors = 0;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async worker =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var message = new HttpRequestMessage(HttpMethod.Post, url)
                {
                    Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
                    Headers = { { "X-Api-Key", "demo-reader-key" } },
                };
                bool failed;
                try
                {
                    using var response = await http.SendAsync(message);
                    failed = response.StatusCode != HttpStatusCode.OK
                        || (await response.Content.ReadAsStringAsync()).Contains("\"errors\"", StringComparison.Ordinal);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failed = true;
                }

                var at = clock.Elapsed;
                if (failed)
                {
                    Interlocked.Increment(ref errors);
                }
                else if (at < duration)
                {
                    answered(worker, at.TotalSeconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }));
        return errors;
    }

    /// <summary>The same load for <paramref name="duration"/> against a stand-in answering a page's worth of JSON at once.</summary>
    private static async Task WarmClientAsync(string body, int connections, TimeSpan duration)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var standIn = builder.Build();
        var page = System.Text.Json.JsonSerializer.Serialize(new
        {
            data = new { orders = new { nodes = Enumerable.Range(0, 50).Select(i => new { orderId = $"ORD-{i:D12}", amount = 1000 + i, status = "CAPTURED" }) } },
        });
        standIn.MapPost("/graphql", () => Results.Text(page, "application/json"));
        await standIn.StartAsync();
        using var http = Client(connections);
        await DriveAsync(http, $"http://127.0.0.1:{port}/graphql", body, connections, Stopwatch.StartNew(), duration, (_, _, _) => { });
        await standIn.StopAsync();
    }

    private static HttpClient Client(int connections) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = connections * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
