using BackOffice.Domain.Common;

namespace BackOffice.Infrastructure.Commands;

/// <summary>What a command produced, or the typed refusal. <see cref="Replayed"/>: an idempotent retry answered from the first result.</summary>
public sealed record CommandOutcome<T>(T? Value, DomainError? Error, bool Replayed)
{
    public static CommandOutcome<T> Refused(DomainError error) => new(default, error, false);
}
