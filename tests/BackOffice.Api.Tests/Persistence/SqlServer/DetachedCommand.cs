using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.SqlClient;

namespace BackOffice.Api.Tests.Persistence.SqlServer;

/// <summary>
/// A command that can never reach a server: EF Core fills it (text, SqlClient parameters, a transaction) exactly as it
/// would a <see cref="SqlCommand"/>, and <see cref="StatementCapture"/> answers it. It exists because a SqlCommand only
/// takes a SqlClient transaction, which needs an open connection.
/// </summary>
public sealed class DetachedCommand : DbCommand
{
    private readonly SqlCommand _parameters = new();

    [AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection { get; set; }

    protected override DbParameterCollection DbParameterCollection => _parameters.Parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel()
    {
    }

    public override void Prepare()
    {
    }

    protected override DbParameter CreateDbParameter() => _parameters.CreateParameter();

    public override int ExecuteNonQuery() => throw Unanswered();

    public override object ExecuteScalar() => throw Unanswered();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => throw Unanswered();

    protected override void Dispose(bool disposing)
    {
        _parameters.Dispose();
        base.Dispose(disposing);
    }

    private InvalidOperationException Unanswered() => new($"No fabricated answer for: {CommandText}");
}

/// <summary>Stands in for the SqlClient transaction EF Core begins around a multi-statement SaveChanges batch.</summary>
public sealed class DetachedTransaction(DbConnection connection) : DbTransaction
{
    public override IsolationLevel IsolationLevel => IsolationLevel.ReadCommitted;

    protected override DbConnection DbConnection => connection;

    public override void Commit()
    {
    }

    public override void Rollback()
    {
    }
}
