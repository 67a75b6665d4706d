namespace BackOffice.Infrastructure.Idempotency;

/// <summary>
/// A mutation that succeeded under a merchant's idempotency key: the request's fingerprint, to tell a retry from a
/// different request, and what it created, to answer the retry. Written in the mutation's own transaction.
/// </summary>
public sealed class IdempotencyRecord
{
    public IdempotencyRecord(string merchantId, string key, string mutation, string requestHash, string resultId, DateTime createdAt)
    {
        MerchantId = merchantId;
        Key = key;
        Mutation = mutation;
        RequestHash = requestHash;
        ResultId = resultId;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public string MerchantId { get; private set; }

    public string Key { get; private set; }

    public string Mutation { get; private set; }

    /// <summary>SHA-256 of the mutation's name and input as canonical JSON, <c>v2:</c> + base64url (older records: hex of a joined text).</summary>
    public string RequestHash { get; private set; }

    /// <summary>The operation (or contract) id the first request produced.</summary>
    public string ResultId { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
