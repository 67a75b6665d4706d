using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static BackOffice.Infrastructure.Persistence.Configurations.EntityConfigurationExtensions;

namespace BackOffice.Infrastructure.Persistence.Configurations;

internal sealed class OperationConfiguration : IEntityTypeConfiguration<Operation>
{
    public const int OperationIdLength = 32;

    public void Configure(EntityTypeBuilder<Operation> builder)
    {
        builder.ToTable("Operations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.MerchantId).HasMaxLength(MerchantIdLength);
        builder.Property(o => o.OrderId).HasMaxLength(Order.MaxOrderIdLength);
        builder.Property(o => o.OperationId).HasMaxLength(OperationIdLength);
        builder.Property(o => o.OperationType).HasConversion<string>().HasMaxLength(EnumLength);
        builder.Property(o => o.OperationResult).HasConversion<string>().HasMaxLength(EnumLength);
        builder.Property(o => o.OperationCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(o => o.Channel).HasConversion<string>().HasMaxLength(EnumLength);
        builder.Property(o => o.PaymentMethod).HasMaxLength(EnumLength);
        builder.Property(o => o.PaymentCircuit).HasMaxLength(EnumLength);
        builder.Property(o => o.PaymentInstrumentInfo).HasMaxLength(32);
        builder.Property(o => o.ParentOperationId).HasMaxLength(OperationIdLength);
        builder.Property(o => o.Description).HasMaxLength(Order.MaxTextLength).IsUnicode();
        builder.Property(o => o.ContractId).HasMaxLength(OperationIdLength);
        builder.Property(o => o.CorrelationId).HasMaxLength(64);
        builder.Ignore(o => o.IsPayment);
        builder.Ignore(o => o.CancelledOperationId);

        builder.HasIndex(o => o.OperationId).IsUnique();
        builder.HasIndex(o => o.OrderKey);
        builder.HasListingIndexes(
            nameof(Operation.OperationId), nameof(Operation.OrderId), nameof(Operation.OperationType),
            nameof(Operation.OperationResult), nameof(Operation.OperationAmount), nameof(Operation.OperationCurrency),
            nameof(Operation.OperationTime), nameof(Operation.Channel), nameof(Operation.PaymentMethod),
            nameof(Operation.PaymentCircuit), nameof(Operation.PaymentInstrumentInfo), nameof(Operation.ParentOperationId),
            nameof(Operation.Description), nameof(Operation.ContractId));
    }
}
