namespace BackOffice.Api.Warmup;

/// <summary>The <c>Warmup</c> section: how long a fresh instance runs its hot documents before it says ready.</summary>
public sealed class WarmupOptions
{
    public const string Section = "Warmup";

    /// <summary>On by default: a fresh instance otherwise serves its first users at a fraction of its speed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The bound on the wait: readiness never waits longer than this for the warm-up. An idle 2-core machine at a million
    /// orders goes quiet after 16–22 s (the JIT build and the published ReadyToRun one); cut at 10 s, the first 5 s after
    /// ready ran at 0.46–0.61 of warm, let finish at 0.81–0.89 (docs/benchmark-results.md). A deploy's readiness waits
    /// that much longer; its first users do not pay for it.
    /// </summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Rounds (each of the five documents once) before the warm-up may stop: the per-request methods run 5 times a round,
    /// and the JIT promotes a method after 30 counted calls (30 more when tiered PGO instruments it first).
    /// </summary>
    public int MinRounds { get; set; } = 40;

    /// <summary>
    /// The warm-up stops once the JIT compiled nothing for this long. Not a few rounds: the JIT waits 100 ms after any
    /// new method before it counts calls again, so rounds in a row can compile nothing and still run unoptimized code
    /// (measured: a warm-up that stopped after 3 quiet rounds left the first 5 s at 0.18 of warm).
    /// </summary>
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
