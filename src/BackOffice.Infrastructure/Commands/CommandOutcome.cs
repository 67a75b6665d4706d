using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;

namespace BackOffice.Infrastructure.Commands;

/// <summary>What a command produced (and the order after it), or the typed refusal. <see cref="Replayed"/>: an idempotent retry.</summary>
public sealed record CommandOutcome<T>(T? Value, Order? Order, DomainError? Error, bool Replayed)
{
    public static CommandOutcome<T> Refused(DomainError error) => new(default, null, error, false);
}
