namespace BackOffice.Benchmarks;

/// <summary>One scenario's measurement: throughput and latency percentiles over the measured window.</summary>
public sealed record LoadResult(string Name, int Requests, int Errors, double RequestsPerSecond, double P50Ms, double P99Ms, double MaxMs)
{
    public static LoadResult From(string name, List<double> latenciesMs, int errors, TimeSpan elapsed)
    {
        latenciesMs.Sort();
        double At(double p) => latenciesMs.Count == 0 ? double.NaN : latenciesMs[Math.Min(latenciesMs.Count - 1, (int)(p * latenciesMs.Count))];
        return new LoadResult(name, latenciesMs.Count, errors, latenciesMs.Count / elapsed.TotalSeconds, At(0.50), At(0.99),
            latenciesMs.Count == 0 ? double.NaN : latenciesMs[^1]);
    }
}
