using BackOffice.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static BackOffice.Infrastructure.Persistence.Configurations.EntityConfigurationExtensions;

namespace BackOffice.Infrastructure.Persistence.Configurations;

internal sealed class QuarterHourVolumeConfiguration : IEntityTypeConfiguration<QuarterHourVolume>
{
    public void Configure(EntityTypeBuilder<QuarterHourVolume> builder)
    {
        builder.ToTable(OrderVolumeTriggers.Table);
        // The key is the read: a merchant's quarter hours in a time range, in order, one seek.
        builder.HasKey(v => new { v.MerchantId, v.PeriodStart, v.Currency });
        builder.Property(v => v.MerchantId).HasMaxLength(MerchantIdLength);
        builder.Property(v => v.Currency).HasMaxLength(3).IsFixedLength();
    }
}
