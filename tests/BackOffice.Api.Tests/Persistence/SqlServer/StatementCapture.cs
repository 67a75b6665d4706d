using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.Api.Tests.Persistence.SqlServer;

/// <summary>One command EF Core would have sent SQL Server: its text and its parameters' names and SQL types.</summary>
public sealed record CapturedStatement(string Scenario, string Text, IReadOnlyList<(string Name, string SqlType, object? Value)> Parameters);

/// <summary>
/// Lets the API run on SQL Server without a server: the connection is never opened, no transaction is begun, and every
/// command is recorded and answered by <see cref="FabricatedResults"/> (rows made of <see cref="Samples"/>) instead of
/// being sent.
/// </summary>
public sealed class StatementCapture : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    private readonly ConcurrentQueue<CapturedStatement> _statements = new();

    /// <summary>What the current scenario is called: every statement is filed under it.</summary>
    public string Scenario { get; set; } = "startup";

    /// <summary>The rows the database "holds", by table: each query is answered with rows made of them.</summary>
    public SampleData Samples { get; set; } = new();

    public IReadOnlyList<CapturedStatement> Statements => _statements.ToArray();

    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result) => new DetachedCommand();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command)));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return InterceptionResult<object>.SuppressWithResult(0);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ScalarExecuting(command, eventData, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return InterceptionResult<int>.SuppressWithResult(1);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NonQueryExecuting(command, eventData, result));

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result) =>
        InterceptionResult<DbTransaction>.SuppressWithResult(new DetachedTransaction(connection));

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(TransactionStarting(connection, eventData, result));

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult TransactionRollingBack(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> TransactionRollingBackAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    private DbDataReader Answer(DbCommand command)
    {
        Record(command);
        return FabricatedResults.For(command.CommandText, Samples).CreateDataReader();
    }

    private void Record(DbCommand command) => _statements.Enqueue(new CapturedStatement(
        Scenario,
        command.CommandText,
        command.Parameters.Cast<SqlParameter>().Select(p => (p.ParameterName, SqlTypeOf(p), (object?)p.Value)).ToList()));

    /// <summary>The parameter's declared type as SQL Server sees it, e.g. <c>varchar(27)</c>, <c>datetime2(3)</c>.</summary>
    public static string SqlTypeOf(SqlParameter parameter)
    {
        var name = parameter.SqlDbType.ToString().ToLowerInvariant();
        return parameter.SqlDbType switch
        {
            SqlDbType.VarChar or SqlDbType.NVarChar or SqlDbType.Char or SqlDbType.NChar or SqlDbType.VarBinary or SqlDbType.Binary =>
                $"{name}({(parameter.Size is -1 or 0 ? "max" : parameter.Size.ToString(System.Globalization.CultureInfo.InvariantCulture))})",
            SqlDbType.DateTime2 or SqlDbType.DateTimeOffset or SqlDbType.Time => $"{name}({parameter.Scale})",
            SqlDbType.Decimal => $"decimal({parameter.Precision},{parameter.Scale})",
            _ => name,
        };
    }
}
