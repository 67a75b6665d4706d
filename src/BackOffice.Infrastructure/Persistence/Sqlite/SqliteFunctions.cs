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

    /// <summary>
    /// SQLite's <c>unlikely(X)</c>: the same truth value, with a hint that it holds for few rows. An index on X still seeks,
    /// and the planner reads X's matches by that index and sorts them rather than walk the sort's index testing X.
    /// </summary>
    public static bool Unlikely(bool condition) => throw new InvalidOperationException("Unlikely is translated to SQL by SQLite only.");

    internal static void Register(ModelBuilder modelBuilder)
    {
        foreach (var (method, name) in new[] { (nameof(Likely), "likely"), (nameof(Unlikely), "unlikely") })
        {
            modelBuilder.HasDbFunction(typeof(SqliteFunctions).GetMethod(method)!)
                .HasTranslation(arguments => new SqlFunctionExpression(
                    name, arguments, nullable: true, argumentsPropagateNullability: [true], typeof(bool), arguments[0].TypeMapping));
        }
    }
}
