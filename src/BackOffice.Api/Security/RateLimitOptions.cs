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

    /// <summary>
    /// Sustained field cost (<c>extensions.operationCost.fieldCost</c>) per second one key's executed requests may draw, whatever
    /// the transport; 0 turns the cost budget off. A dashboard page of 100 orders with their operations costs 1,011.
    /// </summary>
    public int CostPerSecond { get; set; } = 50_000;

    /// <summary>Field cost a key may spend at once before the sustained rate applies; at least <c>GraphQL:Limits:MaxFieldCost</c>, or
    /// a request the limits allow could never run.</summary>
    public int CostBurst { get; set; } = 100_000;
}
