using BackOffice.Domain.Common;

namespace BackOffice.Infrastructure.Commands;

/// <summary>The decision of one command on its own type; the runner sees it through <see cref="ICommandHandler{TResult}"/>.</summary>
public abstract class CommandHandler<TCommand, TResult> : ICommandHandler<TResult>
    where TCommand : ICommand<TResult>
{
    public abstract string Name { get; }

    public virtual DomainError? Validate(TCommand command) => null;

    public abstract Task<Result<TResult>> HandleAsync(TCommand command, CommandContext context, DateTime now, CancellationToken cancellationToken);

    public abstract string ResultId(TResult result);

    public abstract Task<TResult> ReplayAsync(string resultId, CancellationToken cancellationToken);

    DomainError? ICommandHandler<TResult>.Validate(ICommand<TResult> command) => Validate((TCommand)command);

    Task<Result<TResult>> ICommandHandler<TResult>.HandleAsync(ICommand<TResult> command, CommandContext context, DateTime now, CancellationToken cancellationToken) =>
        HandleAsync((TCommand)command, context, now, cancellationToken);
}
