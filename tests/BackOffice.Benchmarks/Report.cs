using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BackOffice.Benchmarks;

/// <summary>The results as a console table, a Markdown file and a JSON file, side by side with their baselines.</summary>
public sealed class Report(BenchmarkOptions options)
{
    private readonly List<(LoadResult GraphQL, LoadResult? Baseline)> _reads = [];
    private readonly List<(FanOut.Result Api, FanOut.Result Baseline)> _fanOut = [];
    private readonly List<string> _notes = [];
    private readonly List<PlanMatrix.Cell> _matrix = [];

    /// <summary>The p99 budget of every read, the matrix's cells included.</summary>
    public const double BudgetMs = 50;
    private readonly List<ColdStart.Result> _coldStarts = [];

    public void Add(LoadResult graphQL, LoadResult? baseline = null) => _reads.Add((graphQL, baseline));

    /// <summary>
    /// The baseline's CPU per request: it serves in the benchmark's process, so that process's CPU per request in the
    /// baseline's run less the load's own share, measured in the GraphQL run (the same requests and answers, give or take).
    /// </summary>
    public static double BaselineCpuMs(LoadResult graphQL, LoadResult baseline) => baseline.CpuMsPerRequest[0] - graphQL.CpuMsPerRequest[1];

    public void Add(FanOut.Result api, FanOut.Result baseline) => _fanOut.Add((api, baseline));

    public void Add(IEnumerable<PlanMatrix.Cell> matrix) => _matrix.AddRange(matrix);

    public void Add(ColdStart.Result coldStart) => _coldStarts.Add(coldStart);

    public void Note(string note) => _notes.Add(note);

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Benchmark: {options.Orders:N0} orders, {options.Connections} connections, {options.Duration.TotalSeconds:N0} s per scenario ({DateTime.UtcNow:u}, {Environment.ProcessorCount} cores)");
        text.AppendLine();
        text.AppendLine("| scenario | GraphQL req/s | p50 ms | p99 ms | baseline req/s | baseline p99 ms | GraphQL ÷ baseline | server CPU ms/request, GraphQL / baseline | errors, GraphQL / baseline |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (g, b) in _reads)
        {
            var cpu = b is null || g.CpuMsPerRequest.Count == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{g.CpuMsPerRequest[0]:N3} / {BaselineCpuMs(g, b):N3}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {g.Name} | {g.RequestsPerSecond:N0} | {g.P50Ms:N1} | {g.P99Ms:N1} | {(b is null ? "–" : b.RequestsPerSecond.ToString("N0", CultureInfo.InvariantCulture))} | {(b is null ? "–" : b.P99Ms.ToString("N1", CultureInfo.InvariantCulture))} | {(b is null ? "–" : (g.RequestsPerSecond / b.RequestsPerSecond).ToString("N2", CultureInfo.InvariantCulture))} | {cpu} | {(b is null ? g.Errors.ToString(CultureInfo.InvariantCulture) : $"{g.Errors} / {b.Errors}")} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Fan-out: the event's median round of {FanOut.Rounds} (by p99), each side after {FanOut.WarmRounds} warm events to the same sockets.");
        text.AppendLine();
        text.AppendLine("| fan-out | received | p50 ms | p99 ms | max ms | raw-send p50 / p99 / max ms | p99 ÷ raw-send p99 | server CPU ms for the event, API / raw | server memory per idle socket |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (a, b) in _fanOut)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {a.Sockets:N0} sockets | {a.Received:N0} | {a.P50Ms:N0} | {a.P99Ms:N0} | {a.MaxMs:N0} | {b.P50Ms:N0} / {b.P99Ms:N0} / {b.MaxMs:N0} | {a.P99Ms / b.P99Ms:N2} | {a.ServerCpuMs:N0} / {b.ServerCpuMs:N0} | {a.BytesPerSocket / 1024:N1} KB |");
        }

        if (_matrix.Count > 0)
        {
            text.AppendLine();
            var over = _matrix.Where(c => !(c.Result.P99Ms < BudgetMs)).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"Plan matrix: p99 ms of page 1 / page {PlanMatrix.DeepPage} (or the last page) for each filter × sort, descending; {over.Count} of {_matrix.Count} cells at or over {BudgetMs} ms, slowest {_matrix.Max(c => c.Result.P99Ms):N1} ms.");
            text.AppendLine();
            var sorts = _matrix.Select(c => c.Sort).Distinct().ToList();
            text.AppendLine("| filter | " + string.Join(" | ", sorts) + " |");
            text.AppendLine("|---|" + string.Concat(sorts.Select(_ => "---:|")));
            foreach (var filter in _matrix.Select(c => c.Filter).Distinct())
            {
                var row = sorts.Select(sort => string.Join(" / ", _matrix.Where(c => c.Filter == filter && c.Sort == sort)
                    .Select(c => (c.Result.P99Ms >= BudgetMs ? "**" : "") + c.Result.P99Ms.ToString("N0", CultureInfo.InvariantCulture) + (c.Result.P99Ms >= BudgetMs ? "**" : ""))));
                text.AppendLine(CultureInfo.InvariantCulture, $"| {filter} | {string.Join(" | ", row)} |");
            }
        }

        foreach (var cold in _coldStarts)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Cold start (orders, first page of 50): ready {cold.StartMs:N0} ms after the process started ({cold.StartCpuMs:N0} ms of CPU); first {ColdStart.Result.FirstSeconds} s "
                + $"{cold.FirstRps:N0} req/s (p99 {cold.FirstP99Ms:N1} ms), warm {cold.WarmRps:N0} req/s (the same process {cold.SettleSeconds} s after ready), "
                + $"**{cold.Ratio:P0} of warm**; server CPU per request {cold.FirstCpuMsPerRequest:N2} ms against "
                + $"{cold.WarmCpuMsPerRequest:N2} ms warm (**{cold.CpuRatio:P0}** of warm efficiency, which a shared machine does not blur); {cold.Errors} errors.");
            text.AppendLine();
            text.AppendLine("| second after ready | " + string.Join(" | ", cold.Windows.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture))) + " | warm |");
            text.AppendLine("|---|" + string.Concat(cold.Windows.Select(_ => "---:|")) + "---:|");
            text.AppendLine("| req/s | " + string.Join(" | ", cold.Windows.Select(w => w.ToString("N0", CultureInfo.InvariantCulture)))
                + $" | {cold.WarmRps.ToString("N0", CultureInfo.InvariantCulture)} |");
            text.AppendLine("| server CPU ms per request | " + string.Join(" | ", cold.CpuMsPerRequest.Select(c => c.ToString("N2", CultureInfo.InvariantCulture)))
                + $" | {cold.WarmCpuMsPerRequest.ToString("N2", CultureInfo.InvariantCulture)} |");
            if (cold.Warmup is { } warmup)
            {
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"The fresh server's log: {warmup}");
            }
        }

        text.AppendLine();
        foreach (var note in _notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        return text.ToString();
    }

    public async Task WriteAsync()
    {
        Directory.CreateDirectory(options.Output);
        var markdown = Markdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        await File.WriteAllTextAsync(Path.Combine(options.Output, "results.md"), markdown);
        await File.WriteAllTextAsync(Path.Combine(options.Output, "results.json"), JsonSerializer.Serialize(new
        {
            options.Orders, options.Connections, DurationSeconds = options.Duration.TotalSeconds,
            Reads = _reads.Select(r => new { GraphQL = r.GraphQL, r.Baseline, Ratio = r.Baseline is null ? (double?)null : r.GraphQL.RequestsPerSecond / r.Baseline.RequestsPerSecond }),
            FanOut = _fanOut.Select(f => new { Api = f.Api, Baseline = f.Baseline }),
            Matrix = _matrix,
            ColdStart = _coldStarts.Select(c => new { c.StartMs, c.StartCpuMs, c.Warmup, c.Windows, c.FirstRps, c.FirstP99Ms, c.WarmRps, c.Ratio, c.CpuMsPerRequest, c.WarmCpuMsPerRequest, c.CpuRatio, c.Requests, c.Errors }),
            Notes = _notes,
        }, new JsonSerializerOptions { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
        Console.WriteLine($"Written to {options.Output}/results.md and results.json");
    }

    /// <summary>For the smoke run: every scenario ran without errors and every socket got its event.</summary>
    public (int Passed, int Failed) Checks()
    {
        var passed = 0;
        var failed = 0;
        foreach (var (g, b) in _reads)
        {
            var ok = g.Requests > 0 && g.Errors == 0 && (b is null || (b.Requests > 0 && b.Errors == 0));
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {g.Name}: {g.Requests} requests, {g.Errors} errors");
            (passed, failed) = ok ? (passed + 1, failed) : (passed, failed + 1);
        }

        foreach (var cell in _matrix)
        {
            var ok = cell.Result.Requests > 0 && cell.Result.Errors == 0;
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} plan matrix {cell.Result.Name}: {cell.Result.Requests} requests, {cell.Result.Errors} errors");
            (passed, failed) = ok ? (passed + 1, failed) : (passed, failed + 1);
        }

        foreach (var cold in _coldStarts)
        {
            var ok = cold.Requests > 0 && cold.Errors == 0;
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} cold start: {cold.Requests} requests, {cold.Errors} errors");
            (passed, failed) = ok ? (passed + 1, failed) : (passed, failed + 1);
        }

        foreach (var (a, _) in _fanOut)
        {
            var ok = a.Received == a.Sockets;
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} fan-out to {a.Sockets} sockets: {a.Received} received");
            (passed, failed) = ok ? (passed + 1, failed) : (passed, failed + 1);
        }

        return (passed, failed);
    }
}
