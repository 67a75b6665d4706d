using System.Diagnostics;

namespace BackOffice.Benchmarks;

/// <summary>
/// Closed-loop load: <c>connections</c> workers, each sending its next request as soon as the previous one answered,
/// first for the warm-up (not measured), then for the measured duration.
/// </summary>
public sealed class LoadRunner(HttpClient http, BenchmarkOptions options)
{
    /// <summary>
    /// Warms up, then measures. <paramref name="cpuMs"/> read processes' CPU time so far (ms): each one's share per
    /// request of the measured window is in <see cref="LoadResult.CpuMsPerRequest"/>.
    /// </summary>
    public async Task<LoadResult> RunAsync(
        string name, Func<int, HttpRequestMessage> request, Func<string, bool>? isError = null, IReadOnlyList<Func<double>>? cpuMs = null)
    {
        await LoopAsync(request, options.Warmup, isError, record: false);
        var before = cpuMs?.Select(read => read()).ToArray() ?? [];
        var (latencies, errors, elapsed) = await LoopAsync(request, options.Duration, isError, record: true);
        var answered = Math.Max(latencies.Count + errors, 1);
        var perRequest = cpuMs?.Select((read, i) => (read() - before[i]) / answered).ToArray() ?? [];
        return LoadResult.From(name, latencies, errors, elapsed) with { CpuMsPerRequest = perRequest };
    }

    /// <summary>This process's CPU time so far (ms): the load's own, plus the baseline's where it serves in this process.</summary>
    public static double OwnCpuMs() => Environment.CpuUsage.TotalTime.TotalMilliseconds;

    private async Task<(List<double> Latencies, int Errors, TimeSpan Elapsed)> LoopAsync(
        Func<int, HttpRequestMessage> request, TimeSpan duration, Func<string, bool>? isError, bool record)
    {
        var clock = Stopwatch.StartNew();
        var counter = 0;
        var errors = 0;
        var workers = Enumerable.Range(0, options.Connections).Select(async _ =>
        {
            var latencies = new List<double>();
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var message = request(Interlocked.Increment(ref counter));
                bool failed;
                try
                {
                    using var response = await http.SendAsync(message);
                    failed = !response.IsSuccessStatusCode || (isError ?? DefaultIsError)(await response.Content.ReadAsStringAsync());
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failed = true; // a timeout or a refused connection counts as an error, and the run goes on
                }

                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (failed)
                {
                    Interlocked.Increment(ref errors);
                }
                else if (record)
                {
                    latencies.Add(ms);
                }
            }

            return latencies;
        }).ToList();
        var all = (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
        return (all, errors, clock.Elapsed);
    }

    private static bool DefaultIsError(string body) => body.Contains("\"errors\"", StringComparison.Ordinal);
}
