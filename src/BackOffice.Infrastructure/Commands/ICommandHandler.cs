using BackOffice.Domain.Common;

namespace BackOffice.Infrastructure.Commands;

/// <summary>
/// What <see cref="CommandRunner"/> needs of the handler of one command. Handlers derive from
/// <see cref="CommandHandler{TCommand, TResult}"/>; this view, without the command's type, lets the runner (and the doors)
/// take any <see cref="ICommand{TResult}"/> and find its handler by the command's type.
/// </summary>
public interface ICommandHandler<TResult>
{
    /// <summary>Recorded with the idempotency key and hashed with the request; the GraphQL mutation's name, so keys recorded before this layer replay.</summary>
    string Name { get; }

    /// <summary>A refusal that needs no data (checked before the idempotency key, as before), or <c>null</c>.</summary>
    DomainError? Validate(ICommand<TResult> command);

    /// <summary>Loads the target fresh, lets the aggregate decide and leaves the changes tracked, unsaved: the runner writes them.</summary>
    Task<Result<TResult>> HandleAsync(ICommand<TResult> command, CommandContext context, DateTime now, CancellationToken cancellationToken);

    /// <summary>The id the idempotency record keeps, to find the result again on a replay.</summary>
    string ResultId(TResult result);

    /// <summary>The result a first request produced, read again by the id it recorded.</summary>
    Task<TResult> ReplayAsync(string resultId, CancellationToken cancellationToken);
}
