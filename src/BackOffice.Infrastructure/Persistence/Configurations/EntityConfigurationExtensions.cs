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
    public static void HasListingIndexes<T>(this EntityTypeBuilder<T> builder, string[] carrying, params string[] columns) where T : class
    {
        foreach (var column in columns)
        {
            builder.HasIndex(["MerchantId", column, "Id", .. carrying.Where(c => c != column)]);
        }
    }
}
