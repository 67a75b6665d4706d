using System.Globalization;

namespace BackOffice.Benchmarks;

/// <summary>
/// Command line: <c>--orders 1000000 --connections 32 --duration 10 --warmup 3 --sockets 1000,10000 [--smoke] [--fan-out-only]
/// [--only TEXT] [--matrix TEXT] [--published | --api DLL] [--cold-setting NAME=VALUE]…</c>; <c>--only</c> runs just the scenarios whose name contains
/// TEXT (or one of TEXT's |-separated parts, to profile them); <c>--matrix</c> likewise keeps only the plan matrix's filters so named; <c>--published</c> publishes the server as the image does (ReadyToRun) and runs that;
/// <c>--api</c> runs another build of the server; <c>--cold-setting</c> adds an
/// environment variable to the cold-start scenario's fresh server (to compare runtime knobs such as DOTNET_TieredPGO=0).
/// </summary>
public sealed record BenchmarkOptions(int Orders, int Connections, TimeSpan Duration, TimeSpan Warmup, int[] Sockets, string Output, bool Smoke, bool FanOutOnly, string? Only)
{
    public string? Api { get; init; }

    public bool Published { get; init; }

    /// <summary>The plan matrix's filters to run (<c>--matrix "amount 100|status PENDING"</c>); all when null.</summary>
    public string? MatrixFilters { get; init; }

    public IReadOnlyDictionary<string, string> ColdSettings { get; init; } = new Dictionary<string, string>();

    public static BenchmarkOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var smoke = args.Contains("--smoke");
        int Number(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new BenchmarkOptions(
            Orders: Number("--orders", smoke ? 3_000 : 1_000_000),
            Connections: Number("--connections", smoke ? 4 : 32),
            Duration: TimeSpan.FromSeconds(Number("--duration", smoke ? 1 : 10)),
            Warmup: TimeSpan.FromSeconds(Number("--warmup", smoke ? 1 : 3)),
            Sockets: (Value("--sockets") ?? (smoke ? "50" : "1000,10000")).Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(),
            Output: Value("--output") ?? Path.Combine(ApiProcess.RepositoryRoot(), "artifacts", "benchmarks"),
            Smoke: smoke,
            FanOutOnly: args.Contains("--fan-out-only"),
            Only: Value("--only"))
        {
            Api = Value("--api"),
            Published = args.Contains("--published"),
            MatrixFilters = Value("--matrix"),
            ColdSettings = args.Select((a, i) => (a, i)).Where(p => p.a == "--cold-setting" && p.i + 1 < args.Length)
                .Select(p => args[p.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : ""),
        };
    }

    /// <summary><c>--only "first page|page 200"</c> runs the scenarios naming any of the alternatives.</summary>
    public bool Runs(string scenario) => Matches(Only, scenario);

    public bool RunsMatrixFilter(string filter) => Matches(MatrixFilters, filter);

    private static bool Matches(string? alternatives, string name) =>
        alternatives is null || alternatives.Split('|').Any(o => name.Contains(o, StringComparison.OrdinalIgnoreCase));
}
