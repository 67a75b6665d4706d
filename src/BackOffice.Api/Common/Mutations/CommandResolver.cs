using BackOffice.Api.Common.Execution;
using BackOffice.Infrastructure.Commands;
using GraphQL;
using GraphQL.Builders;

namespace BackOffice.Api.Common.Mutations;

/// <summary>A mutation as a thin adapter over one command: its input read, the caller checked, the command run, the outcome shaped.</summary>
public static class CommandResolver
{
    /// <summary>
    /// Resolves the field from its <c>input</c> argument: an <c>OPERATE</c> key is required before anything is read or
    /// written, the <see cref="CommandRunner"/> runs the command, and a conflict that outlasted every retry is a
    /// <c>CONFLICT</c> error; refusals are in the payload.
    /// </summary>
    public static FieldBuilder<object?, TPayload> ResolveCommand<TInput, TResult, TPayload>(
        this FieldBuilder<object?, TPayload> field,
        Func<TInput, ICommand<TResult>> command,
        Func<TInput, string> idempotencyKey,
        Func<CommandOutcome<TResult>, TPayload> payload) =>
        field.ResolveAsync(async c =>
        {
            var input = c.GetArgument<TInput>("input");
            var context = c.RequireOperator(idempotencyKey(input));
            return payload(await MutationGuard.Conflicts(() => c.Service<CommandRunner>().RunAsync(command(input), context, c.CancellationToken)));
        });
}
