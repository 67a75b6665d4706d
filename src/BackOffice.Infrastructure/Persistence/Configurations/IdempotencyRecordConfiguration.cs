using BackOffice.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static BackOffice.Infrastructure.Persistence.Configurations.EntityConfigurationExtensions;

namespace BackOffice.Infrastructure.Persistence.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const int KeyLength = 64;

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.MerchantId).HasMaxLength(MerchantIdLength);
        builder.Property(r => r.Key).HasMaxLength(KeyLength);
        builder.Property(r => r.Mutation).HasMaxLength(EnumLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ResultId).HasMaxLength(OperationConfiguration.OperationIdLength);

        // Two concurrent first requests with one key: the second insert fails here, and its retry replays the first.
        builder.HasIndex(r => new { r.MerchantId, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}
