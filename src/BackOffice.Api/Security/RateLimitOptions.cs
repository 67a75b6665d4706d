namespace BackOffice.Api.Security;

/// <summary>The <c>RateLimiting</c> configuration section: a token bucket per API key (per client address without one).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Sustained requests per second one key may send to <c>/graphql</c>.</summary>
    public int PermitsPerSecond { get; set; } = 100;

    /// <summary>Requests a key may send at once before the sustained rate applies.</summary>
    public int Burst { get; set; } = 200;
}
