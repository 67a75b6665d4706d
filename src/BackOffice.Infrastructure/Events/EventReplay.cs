using BackOffice.Infrastructure.Outbox;

namespace BackOffice.Infrastructure.Events;

/// <summary>
/// What a resumed subscriber receives before its live events: its merchant's events after <see cref="After"/>, in
/// sequence order, read by <see cref="Read"/> a page at a time (see <see cref="OutboxReplay"/>).
/// </summary>
public sealed record EventReplay(long After, Func<CancellationToken, IAsyncEnumerable<OperationEventContract>> Read);
