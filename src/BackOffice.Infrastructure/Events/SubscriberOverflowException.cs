namespace BackOffice.Infrastructure.Events;

/// <summary>A subscriber stopped reading and its buffer filled: its subscription ends rather than slowing everyone else.</summary>
public sealed class SubscriberOverflowException(int buffer)
    : Exception($"More than {buffer} events waited for this subscription; it was ended. Subscribe again and refetch what changed.");
