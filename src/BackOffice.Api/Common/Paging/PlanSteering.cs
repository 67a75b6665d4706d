using System.Linq.Expressions;
using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Sorting;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Caching.Memory;

namespace BackOffice.Api.Common.Paging;

/// <summary>
/// Shapes a filtered, sorted page so SQLite reads a page's worth of rows, not every match. SQLite plans from averages
/// (<c>sqlite_stat1</c>; this build keeps no per-value histograms): "status = CAPTURED" looks like one order in sixteen
/// when it is more than half of them, so SQLite read 580,000 rows by the status index and sorted them to return 50
/// (0.3 s at a million orders). Here the filter's reach is measured — a count that stops at <see cref="Wide"/>, and for a
/// wide one a try of the walk from the page's end (<see cref="WalksToPageAsync{T}"/>), each kept a minute per merchant and
/// filter (and order) — and the query written for it:
/// <list type="bullet">
/// <item>a wide filter has each of its terms marked <c>likely()</c>: the planner walks the sort's index and stops after the
/// page (about page size × orders ÷ matches rows: 86 for CAPTURED, 2,800 for PENDING at a million), selecting keys only,
/// so an index carrying the filter's columns answers without the table;</item>
/// <item>a narrow one, or a wide one whose matches the walk meets only far down, is read by its own index in a subquery
/// that sorts its matches' index entries (fewer than <see cref="Wide"/>, or <see cref="Reach"/>) and keeps the page's keys;
/// only those rows are read from the table — unless it bounds the sort's leading column, whose index then seeks it
/// directly.</item>
/// </list>
/// The two costs meet near √(page × orders) matches (7,000 at a million orders), hence <see cref="Wide"/>. SQL Server keeps
/// histograms and plans with row goals itself (docs/sqlserver.md): it gets the plain query.
/// <para>
/// Before any of that, a sort indexed within each value of a field (<see cref="ListingField{T}.SortedWithin"/>) whose filter
/// names that field's values is read on those indexes, on both databases: one value is a seek; a list (<c>status in
/// [PENDING, AUTHORIZED]</c> by capturedAmount) becomes one part per value (<see cref="ShapedQuery{T}"/>), since no index
/// orders a list of values by another column and the sort's own index would walk past every order captured first. Each
/// part selects keys and sort values only (from its index alone), and the page's 51 rows are read once the parts are merged.
/// </para>
/// <para>
/// Each of these shapes chooses the page's keys first and reads only those rows (<see cref="ShapedQuery{T}.RowsOf"/>):
/// <c>Id IN (SELECT Id … ORDER BY … LIMIT n)</c>, sorted again around it.
/// </para>
/// </summary>
public sealed class PlanSteering : IDisposable
{
    public const int Wide = 5_000;

    /// <summary>
    /// The most matches a wide filter's page is chosen among, sorted, when its walk would read more
    /// (<see cref="WalksToPageAsync{T}"/>).
    /// </summary>
    public const int Reach = 20_000;

    /// <summary>
    /// What an index entry the walk passes costs against a match sorted: about a quarter (a walk passed 141,000 entries in
    /// 14 ms; 11,000 matches were listed, read and sorted in 5 ms).
    /// </summary>
    private const int EntriesPerMatch = 4;

    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _measured = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    private readonly Lock _measuring = new();

    /// <summary>
    /// <paramref name="source"/> limited by <paramref name="filter"/>, shaped for the page <paramref name="paging"/> asks of
    /// the order <paramref name="terms"/>; <paramref name="filterKey"/> names the filter within the merchant (asked only when
    /// the filter is measured).
    /// </summary>
    public async Task<ShapedQuery<T>> FilterAsync<T>(
        BackOfficeDbContext db, IQueryable<T> source, Expression<Func<T, bool>>? filter, IReadOnlyList<SortTerm<T>> terms,
        PagingArguments paging, ListingField<T> key, Func<string> filterKey, CancellationToken cancellationToken)
    {
        if (filter is null)
        {
            return ShapedQuery<T>.Of(source);
        }

        if (ByValue(filter, terms[0].Field.SortedWithin) is { } parts)
        {
            return new ShapedQuery<T>(source.Where(filter), parts.ConvertAll(part => source.Where(part))) { RowsOf = RowsOf(source, key) };
        }

        return await ShapeAsync(db, source, filter, terms, paging, key, filterKey, cancellationToken);
    }

    private async Task<ShapedQuery<T>> ShapeAsync<T>(
        BackOfficeDbContext db, IQueryable<T> source, Expression<Func<T, bool>> filter, IReadOnlyList<SortTerm<T>> terms,
        PagingArguments paging, ListingField<T> key, Func<string> filterKey, CancellationToken cancellationToken)
    {
        if (!db.IsSqlite || !Terms(filter.Body).Any(term => Seeks(term, _ => true)))
        {
            return ShapedQuery<T>.Of(source.Where(filter));
        }

        var filtered = db.CurrentMerchantId + "\n" + filterKey();
        var matches = await MeasuredAsync(filtered, () => source.Where(filter).Take(Reach).CountAsync(cancellationToken), cancellationToken);
        var walk = matches >= Wide;
        var order = paging.Backward ? terms.Select(t => t.Reversed()).ToList() : terms;
        if (walk && matches < Reach && paging.AtEnd)
        {
            // A walk from an end of the order is tried first; one from a cursor starts among matches, and is taken as it is.
            walk = await MeasuredAsync(
                filtered + "\n" + string.Join(",", order), () => WalksToPageAsync(db, source, filter, order, matches, cancellationToken), cancellationToken);
        }

        if (walk)
        {
            // The walk selects keys only, so an index carrying the filter's columns is read without the table (SQLite otherwise
            // walked the narrower unique orderId index, reading each order to test an amount: 2.8 ms against 0.7 ms).
            return new ShapedQuery<T>(source.Where(filter), [source.Where(MarkedLikely(filter))]) { RowsOf = RowsOf(source, key) };
        }

        if (Bounds(filter, terms[0].Field))
        {
            return ShapedQuery<T>.Of(source.Where(filter));
        }

        // The page is chosen among the filter's index entries and only its rows are read: reading every match from the table
        // to sort them cost 3 ms for 1,700 matches at a million orders (amount 100.00 to 101.00), sorting the index entries
        // 0.3 ms when the filter's index carries the sort's columns. The filter's terms are marked unlikely so that
        // "ORDER BY … LIMIT" does not walk the sort's index testing them, and the page's cursor range is hidden from the
        // planner: its averages call "capturedAmount = 0 AND id < k" a few rows (it is most orders) and sought it on the sort's
        // index, testing the filter on every order below the cursor (1 ms against 0.2 ms for that amount range's last page).
        return new ShapedQuery<T>(source.Where(filter), [InKeyOrder(source.Where(Marked(filter, UnlikelyMethod)), filter, key, order[^1].Direction)])
        {
            Range = range => Marked(range, UnindexedMethod),
            RowsOf = RowsOf(source, key),
        };
    }

    /// <summary>
    /// A narrow filter's matches listed in the order of the page's key, <paramref name="direction"/>, when the filter bounds
    /// only the field the keys follow (<see cref="ListingField{T}.Follows"/>): its index lists them so, read backwards for a
    /// descending key. The page's sort keeps its best rows as it reads and compares each new one with the worst kept; rows
    /// tying on the sort's value (the last day's unrefunded orders, by refunded amount) then come in the tie's own order and
    /// each is dropped on that one comparison, where read the other way each replaced a kept row (at a million orders, the
    /// last day largest refund first: 4.4 → 2.7 ms of CPU per page). The listing's <c>LIMIT</c> keeps SQLite from merging it
    /// into the page's query and dropping its order: it runs as a co-routine handing each match to the sort as it reads it.
    /// </summary>
    private static IQueryable<T> InKeyOrder<T>(IQueryable<T> matches, Expression<Func<T, bool>> filter, ListingField<T> key, SortDirection direction)
    {
        if (key.Follows is not { } follows)
        {
            return matches;
        }

        var bounds = Terms(filter.Body).Where(term => Seeks(term, _ => true)).ToList();
        if (bounds.Count == 0 || !bounds.All(term => Seeks(term, IsColumn(follows, filter.Parameters[0]))))
        {
            return matches;
        }

        var ascending = direction == SortDirection.Asc;
        var listed = (IQueryable<T>)(ascending ? follows.OrderBy : follows.OrderByDescending).Invoke(null, [matches, follows.Selector])!;
        listed = (IQueryable<T>)(ascending ? key.ThenBy : key.ThenByDescending).Invoke(null, [listed, key.Selector])!;
        return listed.Limit(int.MaxValue);
    }

    /// <summary>
    /// Whether walking <paramref name="order"/>'s index from its start meets a page of a wide filter's matches (one of the
    /// largest size) sooner than sorting the matches would: within <see cref="EntriesPerMatch"/> entries per match. SQLite's
    /// averages (and <see cref="Wide"/>) assume matches spread evenly along any order; the last day's orders by refunded
    /// amount are not: refunds come days after an order, so at a million orders the walk passed 141,000 entries (14 ms of a
    /// core) before the first page of those 11,000 orders largest refund first, and 847,000 smallest first (the day's orders
    /// have the highest keys); their own index lists and sorts them in 5 ms. The walk is tried over the whole distance, not
    /// extrapolated from a part: a few early matches (a merchant's first orders, spread over its months) promise a page
    /// that never comes. A filter matching <see cref="Reach"/> orders or more is walked untried: sorting its matches costs
    /// more than a page's walk is likely to.
    /// </summary>
    private static async Task<bool> WalksToPageAsync<T>(
        BackOfficeDbContext db, IQueryable<T> source, Expression<Func<T, bool>> filter, IReadOnlyList<SortTerm<T>> order, int matches,
        CancellationToken cancellationToken)
    {
        // The walk's entries hold only the columns the filter and the order read: the order's index answers when it carries them.
        if (Columns(db, filter, order) is not { } columns)
        {
            return true;
        }

        var walked = SortTranslator.Apply(source.Select(columns), order).Take(EntriesPerMatch * matches).Where(filter);
        return await walked.CountAsync(cancellationToken) > PagingArguments.MaxPageSize;
    }

    /// <summary>
    /// The measure kept under <paramref name="key"/>, taken once however many pages ask for it at the same time: a dashboard
    /// opens with several requests for one filter, and each trying the walk itself (up to 80,000 entries) would hold both
    /// cores at once. A page arriving while another measures awaits that measure; if it failed (that request was
    /// cancelled), it is dropped and measured again.
    /// </summary>
    private async Task<TValue> MeasuredAsync<TValue>(string key, Func<Task<TValue>> measure, CancellationToken cancellationToken)
    {
        while (true)
        {
            TaskCompletionSource<TValue>? mine = null;
            Task<TValue>? measuring;
            lock (_measuring)
            {
                if (!_measured.TryGetValue(key, out measuring))
                {
                    mine = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                    measuring = _measured.Set(key, mine.Task, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeepFor });
                }
            }

            if (mine is not null)
            {
                try
                {
                    var value = await measure();
                    mine.SetResult(value);
                    return value;
                }
                catch (Exception e)
                {
                    _measured.Remove(key);
                    mine.SetException(e);
                    throw;
                }
            }

            try
            {
                return await measuring!.WaitAsync(cancellationToken);
            }
            catch (Exception) when (measuring!.IsFaulted && !cancellationToken.IsCancellationRequested)
            {
                // That request's measure failed: this one measures (the failed one is no longer kept).
            }
        }
    }

    /// <summary>
    /// Rows holding only the columns the filter and the sort read (its terms end with the key); null when one of them reads
    /// something else (a computed value, a navigation).
    /// </summary>
    private static Expression<Func<T, T>>? Columns<T>(BackOfficeDbContext db, Expression<Func<T, bool>> filter, IReadOnlyList<SortTerm<T>> terms)
    {
        var entity = db.Model.FindEntityType(typeof(T));
        var read = new ColumnsRead(filter.Parameters[0]);
        read.Visit(filter.Body);
        var sorted = terms.Select(t => RowProjection.Member(t.Field.Selector.Body)).ToList();
        if (entity is null || read.Other || sorted.Any(s => s is null))
        {
            return null;
        }

        var columns = read.Properties.Concat(sorted.OfType<System.Reflection.PropertyInfo>()).ToList();
        return columns.All(c => entity.FindProperty(c) is not null) ? RowProjection.Holding<T>(columns) : null;
    }

    /// <summary>The properties an expression reads of its row; <see cref="Other"/> when it uses the row otherwise.</summary>
    private sealed class ColumnsRead(ParameterExpression row) : ExpressionVisitor
    {
        public HashSet<System.Reflection.PropertyInfo> Properties { get; } = [];

        public bool Other { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node is { Expression: ParameterExpression parameter, Member: System.Reflection.PropertyInfo property } && parameter == row)
            {
                Properties.Add(property);
                return node;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Other |= node == row;
            return node;
        }
    }

    private static Func<IQueryable<T>, IQueryable<T>> RowsOf<T>(IQueryable<T> source, ListingField<T> key) => page => source.Where(KeyIn(page, key));

    /// <summary>
    /// The filter as parts read one by one, when it names values of <paramref name="within"/>, the field the sort is indexed
    /// within: itself for one value (<c>eq</c>), one filter per distinct value for an <c>in</c> list (the list replaced by that
    /// value); null otherwise.
    /// </summary>
    private static List<Expression<Func<T, bool>>>? ByValue<T>(Expression<Func<T, bool>> filter, ListingField<T>? within)
    {
        if (within is null)
        {
            return null;
        }

        var column = Strip(within.Access(filter.Parameters[0]));
        bool IsColumn(Expression side) => ExpressionEqualityComparer.Instance.Equals(Strip(side), column);
        var terms = Terms(filter.Body).ToList();
        foreach (var term in terms)
        {
            switch (term)
            {
                case BinaryExpression { NodeType: ExpressionType.Equal } equal when IsColumn(equal.Left) || IsColumn(equal.Right):
                    return [filter];
                case MethodCallExpression { Method.Name: nameof(Enumerable.Contains), Arguments: [var list, var member] } when IsColumn(member):
                    var values = ListValues(list)?.Distinct().ToList();
                    if (values is null or [])
                    {
                        return null;
                    }

                    var others = terms.Where(t => t != term).ToList();
                    return values.ConvertAll(value => Expression.Lambda<Func<T, bool>>(
                        others.Append(Expression.Equal(member, FilterTranslator.Parameter(value, member.Type))).Aggregate(Expression.AndAlso),
                        filter.Parameters));
            }
        }

        return null;
    }

    /// <summary>The values of an <c>in</c> list as <see cref="FilterTranslator"/> captures them (a parameter holding a list).</summary>
    private static IEnumerable<object?>? ListValues(Expression list) =>
        list is MemberExpression { Expression: ConstantExpression { Value: { } holder }, Member: System.Reflection.PropertyInfo property }
            && property.GetValue(holder) is System.Collections.IEnumerable values
            ? values.Cast<object?>()
            : null;

    private static Expression<Func<T, bool>> MarkedLikely<T>(Expression<Func<T, bool>> filter) => Marked(filter, LikelyMethod);

    /// <summary>Each term of the filter's top-level AND wrapped alone: SQLite splits an AND inside <c>likely()</c> and drops the hint.</summary>
    private static Expression<Func<T, bool>> Marked<T>(Expression<Func<T, bool>> filter, System.Reflection.MethodInfo hint) =>
        Expression.Lambda<Func<T, bool>>(
            Terms(filter.Body).Select(term => (Expression)Expression.Call(hint, term)).Aggregate(Expression.AndAlso),
            filter.Parameters);

    /// <summary><c>row.Id IN (SELECT Id FROM … WHERE … ORDER BY … LIMIT n)</c>: the page's keys, then its rows.</summary>
    private static Expression<Func<T, bool>> KeyIn<T>(IQueryable<T> matches, ListingField<T> key)
    {
        var ids = matches.Select((Expression<Func<T, long>>)key.Selector);
        var row = Expression.Parameter(typeof(T), "row");
        var contains = Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(long)], ids.Expression, key.Access(row));
        return Expression.Lambda<Func<T, bool>>(contains, row);
    }

    /// <summary>Whether a term compares the sort's leading column to a value, so that column's index seeks it.</summary>
    private static bool Bounds<T>(Expression<Func<T, bool>> filter, ListingField<T> sorted) =>
        Terms(filter.Body).Any(term => Seeks(term, IsColumn(sorted, filter.Parameters[0])));

    /// <summary>Whether a side of a comparison is <paramref name="field"/>'s column of <paramref name="row"/>.</summary>
    private static Func<Expression, bool> IsColumn<T>(ListingField<T> field, ParameterExpression row)
    {
        var column = Strip(field.Access(row));
        return side => ExpressionEqualityComparer.Instance.Equals(side, column);
    }

    /// <summary>
    /// Whether a term is one an index can seek — a column compared to a value (eq, a range, a prefix range) or an in list —
    /// on a column <paramref name="accepted"/>. Anything else (contains, a negation, an or) only filters rows read otherwise,
    /// so a filter made of those alone leaves nothing to choose and is not measured.
    /// </summary>
    private static bool Seeks(Expression term, Func<Expression, bool> accepted)
    {
        bool Column(Expression side) => Strip(side) switch
        {
            MemberExpression { Expression: ParameterExpression } member => accepted(member),
            MethodCallExpression { Method.Name: nameof(string.Compare) } compare => Column(compare.Arguments[0]),
            _ => false,
        };
        return term switch
        {
            BinaryExpression { NodeType: ExpressionType.Equal or ExpressionType.LessThan or ExpressionType.LessThanOrEqual
                or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual } comparison => Column(comparison.Left) || Column(comparison.Right),
            MethodCallExpression { Method.Name: nameof(Enumerable.Contains), Arguments.Count: 2 } list => Column(list.Arguments[1]),
            _ => false,
        };
    }

    private static IEnumerable<Expression> Terms(Expression predicate) => predicate is BinaryExpression { NodeType: ExpressionType.AndAlso } and
        ? Terms(and.Left).Concat(Terms(and.Right))
        : [predicate];

    private static Expression Strip(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } convert ? Strip(convert.Operand) : e;

    private static readonly System.Reflection.MethodInfo LikelyMethod = typeof(SqliteFunctions).GetMethod(nameof(SqliteFunctions.Likely))!;

    private static readonly System.Reflection.MethodInfo UnlikelyMethod = typeof(SqliteFunctions).GetMethod(nameof(SqliteFunctions.Unlikely))!;

    private static readonly System.Reflection.MethodInfo UnindexedMethod = typeof(SqliteFunctions).GetMethod(nameof(SqliteFunctions.Unindexed))!;

    public void Dispose() => _measured.Dispose();
}
