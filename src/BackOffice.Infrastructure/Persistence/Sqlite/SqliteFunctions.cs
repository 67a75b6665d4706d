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

    /// <summary>
    /// X as a <c>WHERE</c> clause sees it (NULL counts as false), hidden from the planner: <c>ifnull(X, 0)</c> (EF Core would drop a <c>coalesce</c> of a comparison it knows is never NULL). No index seeks
    /// X; it is only tested on the rows another term reads. (<c>likely()</c> and <c>unlikely()</c> only weigh a term; SQLite still
    /// seeks one it judges selective from its averages.)
    /// </summary>
    public static bool Unindexed(bool condition) => throw new InvalidOperationException("Unindexed is translated to SQL by SQLite only.");

    internal static void Register(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDbFunction(typeof(SqliteFunctions).GetMethod(nameof(Unindexed))!)
            .HasTranslation(arguments => new SqlFunctionExpression(
                "ifnull", [arguments[0], new SqlConstantExpression(false, typeof(bool), arguments[0].TypeMapping)],
                nullable: false, argumentsPropagateNullability: [false, false], typeof(bool), arguments[0].TypeMapping));

        foreach (var (method, name) in new[] { (nameof(Likely), "likely"), (nameof(Unlikely), "unlikely") })
        {
            modelBuilder.HasDbFunction(typeof(SqliteFunctions).GetMethod(method)!)
                .HasTranslation(arguments => new SqlFunctionExpression(
                    name, arguments, nullable: true, argumentsPropagateNullability: [true], typeof(bool), arguments[0].TypeMapping));
        }
    }
}
