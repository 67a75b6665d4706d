using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Api.Tests.Health;

/// <summary>Holds the warm-up's first query (tagged <c>-- warm-up</c>) until released: the instance stays in its warm-up.</summary>
public sealed class WarmupGate : DbCommandInterceptor
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _open.TrySetResult();

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("-- warm-up", StringComparison.Ordinal))
        {
            await _open.Task.WaitAsync(cancellationToken);
        }

        return await base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
