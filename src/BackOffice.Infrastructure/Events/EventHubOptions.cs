namespace BackOffice.Infrastructure.Events;

/// <summary>The <c>Events</c> configuration section.</summary>
public sealed class EventHubOptions
{
    public const string Section = "Events";

    /// <summary>Events a subscriber may have waiting; one more ends its subscription (it fell behind).</summary>
    public int SubscriberBuffer { get; set; } = 1000;

    /// <summary>How many recent event ids each instance remembers to drop a second delivery of the same event.</summary>
    public int DeduplicationWindow { get; set; } = 100_000;
}
