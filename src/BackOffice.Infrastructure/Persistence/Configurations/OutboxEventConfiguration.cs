using BackOffice.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static BackOffice.Infrastructure.Persistence.Configurations.EntityConfigurationExtensions;

namespace BackOffice.Infrastructure.Persistence.Configurations;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("OutboxEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.EventId).HasMaxLength(36);
        builder.Property(e => e.MerchantId).HasMaxLength(MerchantIdLength);
        builder.Property(e => e.OrderId).HasMaxLength(27);
        builder.Property(e => e.OperationId).HasMaxLength(OperationConfiguration.OperationIdLength);
        builder.Property(e => e.ClaimedBy).HasMaxLength(64);
        builder.Property(e => e.TraceParent).HasMaxLength(55).IsUnicode(false); // 00-<32 hex>-<16 hex>-<2 hex>
        builder.Property(e => e.CorrelationId).HasMaxLength(64);
        builder.Property(e => e.Payload).IsUnicode();

        builder.HasIndex(e => e.EventId).IsUnique();
        builder.HasIndex(e => new { e.OrderKey, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.SentAt, e.Id });
        // A merchant's newest event is its data version: the API keeps totalCount until it changes (a seek, not a scan).
        builder.HasIndex(e => new { e.MerchantId, e.Id });
    }
}
