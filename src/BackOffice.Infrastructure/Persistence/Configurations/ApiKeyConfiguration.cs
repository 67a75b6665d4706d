using BackOffice.Domain.Merchants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static BackOffice.Infrastructure.Persistence.Configurations.EntityConfigurationExtensions;

namespace BackOffice.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.MerchantId).HasMaxLength(MerchantIdLength);
        builder.Property(k => k.Name).HasMaxLength(64).IsUnicode();
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.Role).HasConversion<string>().HasMaxLength(EnumLength);
        builder.Property(k => k.PersistedOnly).HasDefaultValue(false);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasOne<Merchant>().WithMany().HasForeignKey(k => k.MerchantId);
    }
}
