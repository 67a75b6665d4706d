namespace BackOffice.Infrastructure.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often the dispatcher looks for unsent events when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim keeps other dispatchers off a row; a dispatcher that dies mid-batch is replaced after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; set; } = 200;

    /// <summary>Waiting after a failed publish (e.g. Redis down), doubled up to a minute while it keeps failing.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often sent events older than <c>Events:ReplayRetention</c> are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
