using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>
/// What EF Core runs and disposes in place of a kept command (<see cref="SqlitePreparedStatements"/>): everything goes to
/// the kept command, and disposing gives it back to its connection instead of finalizing its statement.
/// </summary>
internal sealed class KeptCommand(SqliteCommand kept, ConnectionStatements statements) : DbCommand
{
    private bool _givenBack;

    [AllowNull]
    public override string CommandText
    {
        get => kept.CommandText;
        set => kept.CommandText = value;
    }

    public override int CommandTimeout
    {
        get => kept.CommandTimeout;
        set => kept.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => kept.CommandType;
        set => kept.CommandType = value;
    }

    public override bool DesignTimeVisible
    {
        get => kept.DesignTimeVisible;
        set => kept.DesignTimeVisible = value;
    }

    public override UpdateRowSource UpdatedRowSource
    {
        get => kept.UpdatedRowSource;
        set => kept.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => kept.Connection;
        set => kept.Connection = (SqliteConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => kept.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => kept.Transaction;
        set => kept.Transaction = (SqliteTransaction?)value;
    }

    public override void Cancel() => kept.Cancel();

    public override int ExecuteNonQuery() => kept.ExecuteNonQuery();

    public override object? ExecuteScalar() => kept.ExecuteScalar();

    public override void Prepare() => kept.Prepare();

    protected override DbParameter CreateDbParameter() => kept.CreateParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => kept.ExecuteReader(behavior);

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_givenBack)
        {
            _givenBack = true;
            statements.GiveBack(kept);
        }

        base.Dispose(disposing);
    }
}
