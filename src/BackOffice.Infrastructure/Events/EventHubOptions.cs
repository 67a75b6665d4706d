namespace BackOffice.Infrastructure.Events;

/// <summary>The <c>Events</c> configuration section.</summary>
public sealed class EventHubOptions
{
    public const string Section = "Events";

    /// <summary>Events a subscriber may have waiting; one more ends its subscription (it fell behind).</summary>
    public int SubscriberBuffer { get; set; } = 1000;

    /// <summary>How many recent event ids each instance remembers to drop a second delivery of the same event.</summary>
    public int DeduplicationWindow { get; set; } = 100_000;

    /// <summary>How long events stay in the outbox for subscriptions to resume from (<c>after:</c>); older resume points are refused.</summary>
    public TimeSpan ReplayRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The most events one resume may replay; a client further behind refetches instead.</summary>
    public int MaxReplay { get; set; } = 10_000;

    /// <summary>Outbox rows read per query while replaying: memory stays bounded however far a client resumes from.</summary>
    public int ReplayPageSize { get; set; } = 200;
}
