namespace BackOffice.Infrastructure.Commands;

/// <summary>The target kept changing under every attempt; nothing was written, and the client may retry.</summary>
public sealed class ConcurrencyConflictException(string message, Exception inner) : Exception(message, inner);
