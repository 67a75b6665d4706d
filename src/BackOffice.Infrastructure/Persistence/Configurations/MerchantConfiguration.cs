using BackOffice.Domain.Merchants;
using BackOffice.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static BackOffice.Infrastructure.Persistence.Configurations.EntityConfigurationExtensions;

namespace BackOffice.Infrastructure.Persistence.Configurations;

internal sealed class MerchantConfiguration : IEntityTypeConfiguration<Merchant>
{
    public void Configure(EntityTypeBuilder<Merchant> builder)
    {
        builder.ToTable("Merchants");
        builder.HasKey(m => m.MerchantId);
        builder.Property(m => m.MerchantId).HasMaxLength(MerchantIdLength);
        builder.Property(m => m.Name).HasMaxLength(255).IsUnicode();
        builder.Property<long>(OutboxWriter.LastEventSequence); // the merchant's event counter: infrastructure, not the domain's
    }
}
