using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Domain.Merchants;

/// <summary>A merchant's key. Only its SHA-256 hash is stored: a leaked database does not leak usable keys.</summary>
public sealed class ApiKey
{
    public ApiKey(string merchantId, string name, string keyHash, ApiKeyRole role, DateTime createdAt)
    {
        MerchantId = merchantId;
        Name = name;
        KeyHash = keyHash;
        Role = role;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public string MerchantId { get; private set; }

    public string Name { get; private set; }

    public string KeyHash { get; private set; }

    public ApiKeyRole Role { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>
    /// The key runs only the trusted documents shipped with a front end, never a document of its own: a production
    /// dashboard's key, which lives in a browser, cannot be used to run any other query if it leaks.
    /// </summary>
    public bool PersistedOnly { get; private set; }

    public static ApiKey Issue(string merchantId, string name, string plainKey, ApiKeyRole role, DateTime now, bool persistedOnly = false) =>
        new(merchantId, name, Hash(plainKey), role, now) { PersistedOnly = persistedOnly };

    public void RestrictToPersistedDocuments(bool persistedOnly) => PersistedOnly = persistedOnly;

    public static string Hash(string plainKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainKey)));
}
