using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Listing;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Common.Filtering;

/// <summary>
/// Turns a parsed <c>where</c> argument into an expression EF Core translates to SQL. Values become parameters
/// (through <see cref="Parameter"/>) so the database reuses one plan per filter shape.
/// </summary>
public static class FilterTranslator
{
    /// <summary>Most values an <c>in</c>/<c>nin</c> list may hold: SQL Server caps a command at 2,100 parameters.</summary>
    public const int MaxListLength = 500;

    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringToUpper = typeof(string).GetMethod(nameof(string.ToUpper), Type.EmptyTypes)!;
    private static readonly MethodInfo StringSubstring = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo Collate = typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!
        .MakeGenericMethod(typeof(string));
    private static readonly ConcurrentDictionary<Type, Func<object?, Expression>> Parameters = new();
    private static readonly ConcurrentDictionary<Type, Func<List<object?>, Expression[], Expression>> InLists = new();

    /// <summary>
    /// The predicate of a <c>where</c> argument, or null when it filters nothing. Its comparisons and values are charged
    /// to the request's <paramref name="budget"/>; string comparisons follow <paramref name="strings"/>.
    /// </summary>
    public static Expression<Func<T, bool>>? Translate<T>(Listing<T> listing, object? where, FilterBudget budget, StringMatching strings)
    {
        if (where is not IDictionary<string, object?> filter)
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        var walk = new Walk<T>(listing, row, budget, strings);
        return walk.Filter(filter, depth: 1) is { } body ? Expression.Lambda<Func<T, bool>>(body, row) : null;
    }

    /// <summary>
    /// <paramref name="query"/> limited by a <c>where</c> argument: the one way a listing's filter reaches SQL, for its
    /// connection, its aggregates and its export alike.
    /// </summary>
    public static IQueryable<T> Filtered<T>(this IQueryable<T> query, Listing<T> listing, object? where, FilterBudget budget, StringMatching strings) =>
        Translate(listing, where, budget, strings) is { } filter ? query.Where(filter) : query;

    private sealed class Walk<T>(Listing<T> listing, ParameterExpression row, FilterBudget budget, StringMatching strings)
    {
        public Expression? Filter(IDictionary<string, object?> filter, int depth)
        {
            FilterBudget.CheckDepth(depth);
            Expression? result = null;
            foreach (var (name, value) in filter)
            {
                if (value is null)
                {
                    continue;
                }

                var part = name switch
                {
                    "and" => Combine(Items(value).Select(v => Filter(Object(v), depth + 1)).ToList(), Expression.AndAlso),
                    "or" => Combine(Items(value).Select(v => Filter(Object(v), depth + 1)).ToList(), Expression.OrElse),
                    _ => Field(listing[name], listing[name].Access(row), Object(value), depth + 1),
                };
                result = Combine([result, part], Expression.AndAlso);
            }

            return result;
        }

        private Expression? Field(ListingField<T> field, Expression member, IDictionary<string, object?> operations, int depth)
        {
            FilterBudget.CheckDepth(depth);
            Expression? result = null;
            foreach (var (op, value) in operations)
            {
                if (op is not ("and" or "or"))
                {
                    budget.Spend(op is "in" or "nin" ? Items(value).Count() : 1);
                }

                var part = op switch
                {
                    "and" => Combine(Items(value).Select(v => Field(field, member, Object(v), depth + 1)).ToList(), Expression.AndAlso),
                    "or" => Combine(Items(value).Select(v => Field(field, member, Object(v), depth + 1)).ToList(), Expression.OrElse),
                    "eq" => Equal(field, op, member, value),
                    "neq" => Expression.Not(Equal(field, op, member, value)),
                    "in" => In(field, member, value),
                    "nin" => Expression.Not(In(field, member, value)),
                    "contains" or "startsWith" or "endsWith" => Text(field, op, member, value),
                    "ncontains" or "nstartsWith" or "nendsWith" => Expression.Not(Text(field, op[1..], member, value)),
                    _ => Compare(field, op, member, value),
                };
                result = Combine([result, part], Expression.AndAlso);
            }

            return result;
        }

        /// <summary><c>eq: null</c> means IS NULL (HotChocolate's reading) where the field can be null; elsewhere it is an error.</summary>
        private Expression Equal(ListingField<T> field, string op, Expression member, object? value)
        {
            if (value is null)
            {
                return field.IsNullable
                    ? Expression.Equal(member, Expression.Constant(null, member.Type))
                    : throw ArgumentError.Create(GraphQLErrorCodes.InvalidFilter,
                        $"The filter operation '{op}' on '{field.Name}' needs a value, not null: '{field.Name}' is never null.");
            }

            if (field.Kind != FieldKind.String)
            {
                return Expression.Equal(member, Parameter(value, member.Type));
            }

            if (field.IgnoresCase)
            {
                return Expression.Equal(Upper(member), Parameter(StringMatching.FoldCase((string)value), typeof(string)));
            }

            var operand = Parameter(value, typeof(string));
            var plain = Expression.Equal(member, operand);
            return strings.ExactCollation is null ? plain : Expression.AndAlso(plain, Expression.Equal(Exact(member), operand));
        }

        private Expression In(ListingField<T> field, Expression member, object? value)
        {
            var items = Items(Required(field, "in", value)).ToList();
            if (items.Count > MaxListLength)
            {
                throw ArgumentError.Create(GraphQLErrorCodes.InvalidFilter,
                    $"An in/nin list on '{field.Name}' holds at most {MaxListLength} values; it had {items.Count}.");
            }

            if (items.Contains(null) && !field.IsNullable)
            {
                throw ArgumentError.Create(GraphQLErrorCodes.InvalidFilter, $"An in/nin list on '{field.Name}' cannot hold null: the field is never null.");
            }

            Expression[] members = [member];
            if (field.Kind == FieldKind.String && field.IgnoresCase)
            {
                items = items.ConvertAll(item => item is string text ? StringMatching.FoldCase(text) : item);
                members = [Upper(member)];
            }
            else if (field.Kind == FieldKind.String && strings.ExactCollation is not null)
            {
                members = [member, Exact(member)]; // the plain list first, as for eq: it keeps SQL Server's index seek
            }

            return InLists.GetOrAdd(member.Type, static type => Generic<Func<List<object?>, Expression[], Expression>>(nameof(InList), type))(items, members);
        }

        /// <summary><c>contains</c>, <c>startsWith</c>, <c>endsWith</c>; user's <c>%</c>, <c>_</c> and <c>\</c> stay literal (EF Core escapes LIKE patterns).</summary>
        private Expression Text(ListingField<T> field, string op, Expression member, object? value)
        {
            var text = (string)Required(field, op, value);
            if (field.IgnoresCase)
            {
                return Expression.Call(Upper(member), Method(op), Parameter(StringMatching.FoldCase(text), typeof(string)));
            }

            var operand = Parameter(text, typeof(string));
            if (strings.ExactCollation is not null)
            {
                var exact = Expression.Call(Exact(member), Method(op), operand);
                return op == "startsWith" ? Expression.AndAlso(Expression.Call(member, StringStartsWith, operand), exact) : exact;
            }

            // SQLite's columns compare bytes, but its LIKE ignores case: exact prefixes and suffixes are written without LIKE.
            return op switch
            {
                "contains" => Expression.Call(member, StringContains, operand),
                "startsWith" => PrefixRange(member, text, operand),
                _ => Expression.AndAlso(
                    Expression.GreaterThanOrEqual(Expression.Property(member, nameof(string.Length)), Expression.Property(operand, nameof(string.Length))),
                    Expression.Equal(
                        Expression.Call(member, StringSubstring,
                            Expression.Subtract(Expression.Property(member, nameof(string.Length)), Expression.Property(operand, nameof(string.Length))),
                            Expression.Property(operand, nameof(string.Length))),
                        operand)),
            };
        }

        /// <summary>
        /// <c>column &gt;= 'D00001' AND column &lt; 'D00002'</c>: exactly the strings with that prefix in binary order, and a range
        /// the (merchant, orderId) index seeks. A prefix whose last character cannot be incremented falls back to a substring test.
        /// </summary>
        private static Expression PrefixRange(Expression member, string prefix, Expression operand)
        {
            var zero = Expression.Constant(0);
            if (prefix.Length == 0)
            {
                return Expression.NotEqual(member, Expression.Constant(null, typeof(string)));
            }

            var last = prefix[^1];
            if (char.IsSurrogate(last) || char.IsSurrogate((char)(last + 1)) || last == char.MaxValue)
            {
                var length = Expression.Property(operand, nameof(string.Length));
                return Expression.AndAlso(
                    Expression.GreaterThanOrEqual(Expression.Property(member, nameof(string.Length)), length),
                    Expression.Equal(Expression.Call(member, StringSubstring, Expression.Constant(0), length), operand));
            }

            var next = Parameter(prefix[..^1] + (char)(last + 1), typeof(string));
            return Expression.AndAlso(
                Expression.GreaterThanOrEqual(Expression.Call(StringCompare, member, operand), zero),
                Expression.LessThan(Expression.Call(StringCompare, member, next), zero));
        }

        private static MethodInfo Method(string op) => op switch
        {
            "contains" => StringContains,
            "startsWith" => StringStartsWith,
            _ => StringEndsWith,
        };

        private static Expression Upper(Expression member) => Expression.Call(member, StringToUpper);

        /// <summary>The column under a binary collation where the database's own ignores case (SQL Server).</summary>
        private Expression Exact(Expression member) => strings.ExactCollation is { } collation
            ? Expression.Call(Collate, Expression.Constant(EF.Functions), member, Expression.Constant(collation))
            : member;
    }

    private static Expression Compare<T>(ListingField<T> field, string op, Expression member, object? value)
    {
        var negate = op.StartsWith('n');
        var operand = Parameter(Required(field, op, value), member.Type);
        Expression comparison = (negate ? op[1..] : op) switch
        {
            "gt" => Expression.GreaterThan(member, operand),
            "gte" => Expression.GreaterThanOrEqual(member, operand),
            "lt" => Expression.LessThan(member, operand),
            "lte" => Expression.LessThanOrEqual(member, operand),
            _ => throw ArgumentError.Create(GraphQLErrorCodes.InvalidFilter, $"Unknown filter operation '{op}' on '{field.Name}'."),
        };
        return negate ? Expression.Not(comparison) : comparison;
    }

    /// <summary>One list parameter, tested against each of <paramref name="members"/>: SQL Server gets its values once.</summary>
    private static Expression InList<TValue>(List<object?> items, Expression[] members)
    {
        var list = Parameter(items.ConvertAll(item => (TValue)Convert(item, typeof(TValue))!), typeof(List<TValue>));
        return members.Select(member => (Expression)Expression.Call(Contains<TValue>.Method, list, member)).Aggregate(Expression.AndAlso);
    }

    private static object Required<T>(ListingField<T> field, string op, object? value) =>
        value ?? throw ArgumentError.Create(GraphQLErrorCodes.InvalidFilter, $"The filter operation '{op}' on '{field.Name}' needs a value, not null.");

    /// <summary>A captured value: EF Core sends it as a SQL parameter rather than inlining a literal.</summary>
    public static Expression Parameter(object? value, Type type) =>
        Parameters.GetOrAdd(type, static type => Generic<Func<object?, Expression>>(nameof(TypedParameter), type))(Convert(value, type));

    private static Expression TypedParameter<TValue>(object? value) =>
        Expression.Property(Expression.Constant(new Holder<TValue>((TValue)value!)), Holder<TValue>.ValueProperty);

    /// <summary>A generic helper of this class closed over a runtime type, as a delegate: built once per type, not per request.</summary>
    private static TDelegate Generic<TDelegate>(string name, Type type) where TDelegate : Delegate =>
        typeof(FilterTranslator).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type).CreateDelegate<TDelegate>();

    private static object? Convert(object? value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return value is null || target.IsInstanceOfType(value) ? value : System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Expression? Combine(IReadOnlyList<Expression?> parts, Func<Expression, Expression, BinaryExpression> join) =>
        parts.Where(p => p is not null).Aggregate((Expression?)null, (all, part) => all is null ? part : join(all, part!));

    private static IEnumerable<object?> Items(object? value) => value as IEnumerable<object?> ?? [value];

    private static IDictionary<string, object?> Object(object? value) =>
        value as IDictionary<string, object?> ?? new Dictionary<string, object?>();

    private sealed class Holder<TValue>(TValue value)
    {
        public static readonly PropertyInfo ValueProperty = typeof(Holder<TValue>).GetProperty(nameof(Value))!;

        public TValue Value { get; } = value;
    }

    private static class Contains<TValue>
    {
        public static readonly MethodInfo Method = new Func<IEnumerable<TValue>, TValue, bool>(Enumerable.Contains).Method;
    }
}
