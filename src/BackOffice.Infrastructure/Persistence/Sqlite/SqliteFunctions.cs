using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace BackOffice.Infrastructure.Persistence.Sqlite;

/// <summary>SQLite's planner hints, callable in LINQ (translated only by <see cref="SqliteBackOfficeDbContext"/>).</summary>
public static class SqliteFunctions
{
    /// <summary>
    /// SQLite's <c>likely(X)</c>: the same truth value, with a hint that it holds for most rows. An index on X can still
    /// seek, but the planner no longer expects X to narrow the rows much, so with <c>ORDER BY … LIMIT</c> it walks the
    /// sort's index and stops at the page instead of reading every match to sort them.
    /// </summary>
    public static bool Likely(bool condition) => throw new InvalidOperationException("Likely is translated to SQL by SQLite only.");

    internal static void Register(ModelBuilder modelBuilder) =>
        modelBuilder.HasDbFunction(typeof(SqliteFunctions).GetMethod(nameof(Likely))!)
            .HasTranslation(arguments => new SqlFunctionExpression(
                "likely", arguments, nullable: true, argumentsPropagateNullability: [true], typeof(bool), arguments[0].TypeMapping));
}
