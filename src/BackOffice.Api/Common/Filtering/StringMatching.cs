using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Persistence.SqlServer;

namespace BackOffice.Api.Common.Filtering;

/// <summary>
/// How string filters get the same answer on both databases. Identifiers compare exactly: SQLite's columns are binary
/// already, SQL Server's default collation ignores case, so there the comparison is repeated under a binary collation
/// (after the plain one, which keeps the index seek). Free text ignores the case of A–Z on both, through
/// <c>upper()</c> on each side.
/// </summary>
public sealed record StringMatching(string? ExactCollation)
{
    public static readonly StringMatching Sqlite = new((string?)null);

    public static readonly StringMatching SqlServer = new(SqlServerBackOfficeDbContext.BinaryCollation);

    public static StringMatching For(BackOfficeDbContext db) => db.IsSqlite ? Sqlite : SqlServer;

    /// <summary>Upper-cases A–Z only, as SQLite's <c>upper()</c> does, so a folded value matches the folded column.</summary>
    public static string FoldCase(string value) => string.Create(value.Length, value, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] is >= 'a' and <= 'z' ? (char)(source[i] - 32) : source[i];
        }
    });
}
