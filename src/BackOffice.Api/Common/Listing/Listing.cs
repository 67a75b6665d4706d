using System.Linq.Expressions;
using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Sorting;
using GraphQL.Types;

namespace BackOffice.Api.Common.Listing;

/// <summary>
/// What one entity offers to <c>where</c>, <c>order</c> and cursor paging: its fields, its unique key (the last
/// tie-breaker, so no two rows ever sort equal), and the order used when a client gives none.
/// The filter, sort and connection graph types and the SQL translation are all built from this one description.
/// </summary>
public sealed class Listing<T>(string typeName, Expression<Func<T, long>> key)
{
    private readonly List<ListingField<T>> _fields = [];

    public string TypeName { get; } = typeName;

    public IReadOnlyList<ListingField<T>> Fields => _fields;

    public ListingField<T> Key { get; } = new("id", key, FieldKind.Long, typeof(LongOperationFilterInputType));

    public IReadOnlyList<SortTerm<T>> DefaultOrder { get; private set; } = [];

    public ListingField<T> this[string name] => _fields.First(f => f.Name == name);

    public Listing<T> String(string name, Expression<Func<T, string?>> selector) =>
        Add(name, selector, FieldKind.String, typeof(StringOperationFilterInputType));

    /// <summary>Free text (a description): filters ignore case, where <see cref="String"/> fields compare exactly.</summary>
    public Listing<T> Text(string name, Expression<Func<T, string?>> selector)
    {
        _fields.Add(new ListingField<T>(name, selector, FieldKind.String, typeof(StringOperationFilterInputType), ignoresCase: true));
        return this;
    }

    public Listing<T> Long(string name, Expression<Func<T, long>> selector) =>
        Add(name, selector, FieldKind.Long, typeof(LongOperationFilterInputType));

    public Listing<T> Int(string name, Expression<Func<T, int?>> selector) =>
        Add(name, selector, FieldKind.Int, typeof(IntOperationFilterInputType));

    public Listing<T> DateTime(string name, Expression<Func<T, DateTime>> selector) =>
        Add(name, selector, FieldKind.DateTime, typeof(DateTimeOperationFilterInputType));

    public Listing<T> NullableDateTime(string name, Expression<Func<T, DateTime?>> selector) =>
        Add(name, selector, FieldKind.DateTime, typeof(DateTimeOperationFilterInputType));

    public Listing<T> Enum<TEnum>(string name, Expression<Func<T, TEnum>> selector) where TEnum : struct, System.Enum =>
        Add(name, selector, FieldKind.Enum, typeof(EnumOperationFilterInputType<TEnum>));

    public Listing<T> NullableEnum<TEnum>(string name, Expression<Func<T, TEnum?>> selector) where TEnum : struct, System.Enum =>
        Add(name, selector, FieldKind.Enum, typeof(EnumOperationFilterInputType<TEnum>));

    /// <summary>
    /// Declares that <paramref name="sorts"/> are indexed within each value of <paramref name="partition"/> (see
    /// <see cref="ListingField{T}.SortedWithin"/>); the entity's configuration holds the indexes.
    /// </summary>
    public Listing<T> SortedWithin(string partition, params string[] sorts)
    {
        foreach (var sort in sorts)
        {
            this[sort].SortedWithin = this[partition];
        }

        return this;
    }

    /// <summary>Declares that many rows share each value of <paramref name="fields"/> (see <see cref="ListingField{T}.Repeats"/>).</summary>
    public Listing<T> Repeating(params string[] fields)
    {
        foreach (var field in fields)
        {
            this[field].DeclareRepeating();
        }

        return this;
    }

    /// <summary>Declares that keys are given in the order of <paramref name="field"/> (see <see cref="ListingField{T}.Follows"/>).</summary>
    public Listing<T> KeyedInOrderOf(string field)
    {
        Key.Follows = this[field];
        return this;
    }

    public Listing<T> OrderedByDefault(string name, SortDirection direction)
    {
        DefaultOrder = [new SortTerm<T>(this[name], direction)];
        return this;
    }

    private Listing<T> Add(string name, LambdaExpression selector, FieldKind kind, Type filterType)
    {
        _fields.Add(new ListingField<T>(name, selector, kind, filterType));
        return this;
    }
}
