namespace BackOffice.Infrastructure.Documents;

/// <summary>
/// A GraphQL document a merchant's client registered by automatic persisted queries (its text with the SHA-256 of it),
/// so later requests may send the hash alone. Per merchant, capped (the oldest registration gives way).
/// </summary>
public sealed class RegisteredDocument
{
    public RegisteredDocument(string merchantId, string hash, string text, long apiKeyId, DateTime registeredAt)
    {
        MerchantId = merchantId;
        Hash = hash;
        Text = text;
        ApiKeyId = apiKeyId;
        RegisteredAt = registeredAt;
    }

    public long Id { get; private set; }

    public string MerchantId { get; private set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Text"/> as UTF-8.</summary>
    public string Hash { get; private set; }

    public string Text { get; private set; }

    /// <summary>The key that registered it, for the audit trail.</summary>
    public long ApiKeyId { get; private set; }

    public DateTime RegisteredAt { get; private set; }
}
