namespace BackOffice.Benchmarks;

/// <summary>One scenario's measurement: throughput and latency percentiles over the measured window.</summary>
public sealed record LoadResult(string Name, int Requests, int Errors, double RequestsPerSecond, double P50Ms, double P99Ms, double MaxMs)
{
    /// <summary>CPU ms per answered request over the measured window, one per process the run was asked to watch.</summary>
    public IReadOnlyList<double> CpuMsPerRequest { get; init; } = [];

    public static LoadResult From(string name, List<double> latenciesMs, int errors, TimeSpan elapsed)
    {
        latenciesMs.Sort();
        return new LoadResult(name, latenciesMs.Count, errors, latenciesMs.Count / elapsed.TotalSeconds,
            Percentile(latenciesMs, 0.50), Percentile(latenciesMs, 0.99), Percentile(latenciesMs, 1));
    }

    /// <summary>The value at <paramref name="p"/> (0–1) of sorted samples; NaN when there are none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
}
