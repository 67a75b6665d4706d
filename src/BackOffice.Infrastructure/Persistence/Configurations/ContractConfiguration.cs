using BackOffice.Domain.Contracts;
using BackOffice.Domain.Merchants;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static BackOffice.Infrastructure.Persistence.Configurations.EntityConfigurationExtensions;

namespace BackOffice.Infrastructure.Persistence.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.ToTable("Contracts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.MerchantId).HasMaxLength(MerchantIdLength);
        builder.Property(c => c.ContractId).HasMaxLength(OperationConfiguration.OperationIdLength);
        builder.Property(c => c.CustomerId).HasMaxLength(27);
        builder.Property(c => c.ContractType).HasConversion<string>().HasMaxLength(EnumLength);
        // A deactivation writes only where the contract is still active: of two racing deactivations, one wins.
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumLength).IsConcurrencyToken();
        builder.Property(c => c.ExpiryDate).HasMaxLength(5);
        builder.Property(c => c.PaymentMethod).HasMaxLength(EnumLength);
        builder.Property(c => c.PaymentCircuit).HasMaxLength(EnumLength);
        builder.Property(c => c.PaymentInstrumentInfo).HasMaxLength(32);
        builder.Property(c => c.DeactivationCorrelationId).HasMaxLength(64);

        builder.HasOne<Merchant>().WithMany().HasForeignKey(c => c.MerchantId);
        builder.HasIndex(c => new { c.MerchantId, c.ContractId }).IsUnique();
        builder.HasIndex(c => new { c.MerchantId, c.CustomerId, c.CreatedAt, c.Id });
    }
}
