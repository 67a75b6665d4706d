using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace BackOffice.Api.Tests.Persistence.SqlServer;

/// <summary>Microsoft's own T-SQL parser, SQL Server 2022's grammar (the production database's).</summary>
public static class TSql
{
    /// <summary>The parsed script and every error the parser reports (none for valid T-SQL).</summary>
    public static (TSqlScript Script, IList<ParseError> Errors) Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        return ((TSqlScript)fragment, errors);
    }

    /// <summary>The statements of every batch, in order.</summary>
    public static IEnumerable<TSqlStatement> Statements(TSqlScript script) => script.Batches.SelectMany(b => b.Statements);

    public static string Describe(IEnumerable<ParseError> errors) =>
        string.Join("; ", errors.Select(e => $"line {e.Line} col {e.Column}: {e.Message}"));
}
