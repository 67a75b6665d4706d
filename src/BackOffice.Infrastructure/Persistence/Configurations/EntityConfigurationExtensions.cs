using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Infrastructure.Persistence.Configurations;

internal static class EntityConfigurationExtensions
{
    public const int MerchantIdLength = 64;
    public const int EnumLength = 24;

    /// <summary>One index per filterable and sortable column, leading with the merchant and ending with the key
    /// so that a keyset page is one index range scan.</summary>
    public static void HasListingIndexes<T>(this EntityTypeBuilder<T> builder, params string[] columns) where T : class =>
        builder.HasListingIndexes(carrying: [], columns);

    /// <summary>
    /// As above, each index also carrying <paramref name="carrying"/> after the key: a filter on those columns is then tested
    /// on the index entry while the page walks the sort's order, and only matching rows are read from the table.
    /// </summary>
    public static void HasListingIndexes<T>(this EntityTypeBuilder<T> builder, string[] carrying, params string[] columns) where T : class =>
        builder.HasListingIndexes(within: null, carrying, columns);

    /// <summary>
    /// As above, each index led by <paramref name="within"/> after the merchant: the column's order within each value of that
    /// column, for a filter on one value (or on a few, read one at a time) when the column's own index would walk far to
    /// reach them.
    /// </summary>
    public static void HasListingIndexes<T>(this EntityTypeBuilder<T> builder, string? within, string[] carrying, params string[] columns) where T : class
    {
        foreach (var column in columns)
        {
            builder.HasIndex(["MerchantId", .. within is null ? [] : new[] { within }, column, "Id", .. carrying.Where(c => c != column && c != within)]);
        }
    }
}
