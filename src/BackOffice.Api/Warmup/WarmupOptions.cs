namespace BackOffice.Api.Warmup;

/// <summary>The <c>Warmup</c> section: how long a fresh instance runs its hot documents before it says ready.</summary>
public sealed class WarmupOptions
{
    public const string Section = "Warmup";

    /// <summary>On by default: a fresh instance otherwise serves its first users at a fraction of its speed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The bound on the wait: readiness never waits longer than this for the warm-up.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Rounds (each document once) before the warm-up may stop: enough calls for the JIT to promote the hot methods
    /// (30 calls to be counted, 30 more when tiered PGO instruments them first).
    /// </summary>
    public int MinRounds { get; set; } = 80;
}
