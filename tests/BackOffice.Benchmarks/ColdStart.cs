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

        await using var api = await ApiProcess.StartAsync(connectionString, FreePort(), environment, log: log, pollMs: 20);
        var startMs = clock.Elapsed.TotalMilliseconds;
        var startCpuMs = api.CpuMilliseconds();

        // A client of its own: a fresh instance also gets fresh connections.
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var body = System.Text.Json.JsonSerializer.Serialize(new { query });
        var ready = Stopwatch.StartNew();
        var total = settleSeconds + warmSeconds;
        var completed = new int[total + 1];
        var errors = 0;
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
        var workers = Enumerable.Range(0, connections).Select(async worker =>
        {
            firstLatencies[worker] = [];
            while (ready.Elapsed.TotalSeconds < total)
            {
                var started = Stopwatch.GetTimestamp();
                using var message = new HttpRequestMessage(HttpMethod.Post, $"{api.BaseUrl}/graphql")
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

                var at = ready.Elapsed.TotalSeconds;
                if (failed)
                {
                    Interlocked.Increment(ref errors);
                }
                else if (at < total)
                {
                    Interlocked.Increment(ref completed[(int)at]);
                    if (at < Result.FirstSeconds)
                    {
                        firstLatencies[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        await sampler;

        var warm = completed.Skip(settleSeconds).Take(warmSeconds).Average();
        double PerRequest(int from, int count) => (cpu[from + count] - cpu[from]) / Math.Max(1, completed.Skip(from).Take(count).Sum());
        var first = firstLatencies.SelectMany(l => l).Order().ToList();
        return new Result(completed.Take(seconds).Select(c => (double)c).ToArray(), Enumerable.Range(0, seconds).Select(i => PerRequest(i, 1)).ToArray(),
            PerRequest(0, Math.Min(Result.FirstSeconds, total)), // a smoke run is shorter than the first seconds
            warm, PerRequest(settleSeconds, warmSeconds), settleSeconds, startMs,
            completed.Sum(), errors, LoadResult.Percentile(first, 0.99))
        {
            StartCpuMs = startCpuMs,
            Warmup = File.ReadLines(log).FirstOrDefault(l => l.Contains("Warm-up", StringComparison.Ordinal))?.Trim(),
        };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
