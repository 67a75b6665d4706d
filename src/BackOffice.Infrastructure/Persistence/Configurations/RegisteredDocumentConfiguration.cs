using BackOffice.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static BackOffice.Infrastructure.Persistence.Configurations.EntityConfigurationExtensions;

namespace BackOffice.Infrastructure.Persistence.Configurations;

internal sealed class RegisteredDocumentConfiguration : IEntityTypeConfiguration<RegisteredDocument>
{
    public void Configure(EntityTypeBuilder<RegisteredDocument> builder)
    {
        builder.ToTable("RegisteredDocuments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.MerchantId).HasMaxLength(MerchantIdLength);
        builder.Property(d => d.Hash).HasMaxLength(64);
        builder.Property(d => d.Text).IsUnicode(); // string literals and comments may hold any character

        // Two instances registering one document at once: the second insert fails here and is dropped.
        builder.HasIndex(d => new { d.MerchantId, d.Hash }).IsUnique();
        // The cap evicts a merchant's oldest registrations first.
        builder.HasIndex(d => new { d.MerchantId, d.RegisteredAt });
        builder.HasOne<Domain.Merchants.Merchant>().WithMany().HasForeignKey(d => d.MerchantId);
    }
}
