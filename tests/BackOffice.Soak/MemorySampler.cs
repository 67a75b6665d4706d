using System.Globalization;

namespace BackOffice.Soak;

/// <summary>VmRSS of each instance's process every few seconds; a restarted instance starts a series of its own.</summary>
public sealed class MemorySampler(Instance[] instances)
{
    public sealed record Series(string Label, List<(double Seconds, double Megabytes)> Samples)
    {
        /// <summary>Least-squares growth in MB per minute, skipping the first 15 s of start-up when the series is long enough.</summary>
        public double GrowthPerMinute()
        {
            var points = Samples.Count > 10 && Samples[^1].Seconds - Samples[0].Seconds > 45
                ? Samples.Where(s => s.Seconds >= Samples[0].Seconds + 15).ToList()
                : Samples;
            if (points.Count < 2)
            {
                return double.NaN;
            }

            var mx = points.Average(p => p.Seconds);
            var my = points.Average(p => p.Megabytes);
            var slope = points.Sum(p => (p.Seconds - mx) * (p.Megabytes - my)) / points.Sum(p => (p.Seconds - mx) * (p.Seconds - mx));
            return slope * 60;
        }
    }

    public List<Series> All { get; } = [];

    public async Task RunAsync(DateTime start, CancellationToken stop)
    {
        var byProcess = new Dictionary<int, Series>();
        while (!stop.IsCancellationRequested)
        {
            foreach (var instance in instances)
            {
                if (instance.Process is not { } process || Rss(process.ProcessId) is not { } megabytes)
                {
                    continue;
                }

                if (!byProcess.TryGetValue(process.ProcessId, out var series))
                {
                    series = new Series($"{instance.Name} (pid {process.ProcessId})", []);
                    byProcess[process.ProcessId] = series;
                    lock (All)
                    {
                        All.Add(series);
                    }
                }

                lock (All)
                {
                    series.Samples.Add(((DateTime.UtcNow - start).TotalSeconds, megabytes));
                }
            }

            await Task.Delay(2000, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static double? Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            return null; // the process has just ended (crashed)
        }
    }
}
