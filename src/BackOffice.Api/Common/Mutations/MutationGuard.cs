using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Security;
using BackOffice.Infrastructure.Commands;
using GraphQL;

namespace BackOffice.Api.Common.Mutations;

public static class MutationGuard
{
    /// <summary>The command context of an <c>OPERATE</c> key; a <c>READ</c> key gets <c>FORBIDDEN</c> before anything is read or written.</summary>
    public static CommandContext RequireOperator(this IResolveFieldContext context, string idempotencyKey)
    {
        var tenant = context.RequestServices!.GetRequiredService<RequestTenant>();
        if (!tenant.CanOperate || tenant.Key is not { } key)
        {
            throw ArgumentError.Create(GraphQLErrorCodes.Forbidden, "This API key may only read; mutations need a key with the OPERATE role.");
        }

        return new CommandContext(idempotencyKey, key.ApiKeyId, context.RequestServices!.GetRequiredService<RequestContext>().CorrelationId);
    }

    /// <summary>Runs a command; a conflict that outlasted every retry is a clear, retryable error rather than a 500.</summary>
    public static async Task<T> Conflicts<T>(Func<Task<T>> command)
    {
        try
        {
            return await command();
        }
        catch (ConcurrencyConflictException e)
        {
            throw ArgumentError.Create(GraphQLErrorCodes.Conflict, $"{e.Message} Retry with the same idempotency key.");
        }
    }
}
