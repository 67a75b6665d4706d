using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Listing;

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
    private static readonly ConcurrentDictionary<Type, Func<object?, Expression>> Parameters = new();
    private static readonly ConcurrentDictionary<Type, Func<List<object?>, Expression, Expression>> InLists = new();

    public static Expression<Func<T, bool>>? Translate<T>(Listing<T> listing, object? where)
    {
        if (where is not IDictionary<string, object?> filter)
        {
            return null;
        }

        var row = Expression.Parameter(typeof(T), "row");
        return ObjectFilter(listing, filter, row) is { } body ? Expression.Lambda<Func<T, bool>>(body, row) : null;
    }

    private static Expression? ObjectFilter<T>(Listing<T> listing, IDictionary<string, object?> filter, ParameterExpression row)
    {
        Expression? result = null;
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            var part = name switch
            {
                "and" => Combine(Items(value).Select(v => ObjectFilter(listing, Object(v), row)), Expression.AndAlso),
                "or" => Combine(Items(value).Select(v => ObjectFilter(listing, Object(v), row)), Expression.OrElse),
                _ => FieldFilter(listing[name], listing[name].Access(row), Object(value)),
            };
            result = Combine([result, part], Expression.AndAlso);
        }

        return result;
    }

    private static Expression? FieldFilter<T>(ListingField<T> field, Expression member, IDictionary<string, object?> operations)
    {
        Expression? result = null;
        foreach (var (op, value) in operations)
        {
            var part = op switch
            {
                "and" => Combine(Items(value).Select(v => FieldFilter(field, member, Object(v))), Expression.AndAlso),
                "or" => Combine(Items(value).Select(v => FieldFilter(field, member, Object(v))), Expression.OrElse),
                "eq" => Expression.Equal(member, Parameter(value, member.Type)),
                "neq" => Expression.NotEqual(member, Parameter(value, member.Type)),
                "in" => In(field, member, value),
                "nin" => Expression.Not(In(field, member, value)),
                "contains" => Call(field, op, member, StringContains, value),
                "ncontains" => Expression.Not(Call(field, op, member, StringContains, value)),
                "startsWith" => Call(field, op, member, StringStartsWith, value),
                "nstartsWith" => Expression.Not(Call(field, op, member, StringStartsWith, value)),
                "endsWith" => Call(field, op, member, StringEndsWith, value),
                "nendsWith" => Expression.Not(Call(field, op, member, StringEndsWith, value)),
                _ => Compare(field, op, member, value),
            };
            result = Combine([result, part], Expression.AndAlso);
        }

        return result;
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

    private static Expression In<T>(ListingField<T> field, Expression member, object? value)
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

        return InLists.GetOrAdd(member.Type, static type => Generic<Func<List<object?>, Expression, Expression>>(nameof(InList), type))(items, member);
    }

    private static Expression InList<TValue>(List<object?> items, Expression member) =>
        Expression.Call(Contains<TValue>.Method, Parameter(items.ConvertAll(item => (TValue)Convert(item, typeof(TValue))!), typeof(List<TValue>)), member);

    private static Expression Call<T>(ListingField<T> field, string op, Expression member, MethodInfo method, object? value) =>
        Expression.Call(member, method, Parameter(Required(field, op, value), typeof(string)));

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

    private static Expression? Combine(IEnumerable<Expression?> parts, Func<Expression, Expression, BinaryExpression> join) =>
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
