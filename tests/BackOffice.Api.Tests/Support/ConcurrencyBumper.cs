using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Api.Tests.Support;

/// <summary>
/// Plays a competing writer: just before the API's UPDATE of an order, bumps that order's version on the same
/// connection, as another instance committing in between would. The API must notice, decide again and succeed.
/// </summary>
public sealed class ConcurrencyBumper : DbCommandInterceptor
{
    private int _armed;
    private int _fired;

    public int Fired => _fired;

    public void ArmOnce() => Interlocked.Exchange(ref _armed, 1);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await BumpAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BumpAsync(command, cancellationToken);
        return result;
    }

    private async Task BumpAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (!command.CommandText.Contains("UPDATE \"Orders\"", StringComparison.Ordinal) || Interlocked.Exchange(ref _armed, 0) == 0)
        {
            return;
        }

        using var bump = command.Connection!.CreateCommand();
        bump.Transaction = command.Transaction;
        bump.CommandText = "UPDATE \"Orders\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" IN (SELECT \"Id\" FROM \"Orders\" ORDER BY \"Id\")";
        await bump.ExecuteNonQueryAsync(cancellationToken);
        Interlocked.Increment(ref _fired);
    }
}
