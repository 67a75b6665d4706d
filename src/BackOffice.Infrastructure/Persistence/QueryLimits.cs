using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Persistence;

public static class QueryLimits
{
    private static readonly MethodInfo TakeMethod = new Func<IQueryable<object>, int, IQueryable<object>>(Queryable.Take).Method.GetGenericMethodDefinition();

    private static readonly MethodInfo ConstantMethod = typeof(EF).GetMethod(nameof(EF.Constant))!.MakeGenericMethod(typeof(int));

    /// <summary>
    /// <c>Take(<paramref name="count"/>)</c> with the count written into the SQL (<c>LIMIT 51</c>, <c>TOP(51)</c>), where EF Core
    /// binds it: SQLite plans a bound <c>LIMIT</c> with its value, so each binding, even of the same value, throws the kept
    /// prepared statement away (<see cref="Sqlite.SqlitePreparedStatements"/>) and plans it again. For counts that are few
    /// (page and batch sizes): each is a statement of its own.
    /// </summary>
    public static IQueryable<T> Limit<T>(this IQueryable<T> source, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(
            null, TakeMethod.MakeGenericMethod(typeof(T)), source.Expression, Expression.Call(ConstantMethod, Expression.Constant(count))));
}
