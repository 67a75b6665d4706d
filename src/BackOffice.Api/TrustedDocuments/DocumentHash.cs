using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Api.TrustedDocuments;

/// <summary>
/// How every stored document is addressed, whatever the request form: the lower-case hex SHA-256 of its text as UTF-8
/// (Apollo's <c>sha256Hash</c>; HotChocolate's <c>id</c> and GraphQL.NET's <c>documentId</c>, the latter with an optional
/// <c>sha256:</c> prefix). One address space means a document shipped in the directory is found by all three.
/// </summary>
public static class DocumentHash
{
    private const string Prefix = "sha256:";

    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The hash a client sent (any case), lower-cased; false when it is not 64 hex digits.</summary>
    public static bool TryNormalize(string? value, out string hash)
    {
        hash = "";
        if (value is not { Length: 64 } || !value.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        hash = value.ToLowerInvariant();
        return true;
    }

    /// <summary>A document id, <c>sha256:&lt;hex&gt;</c> or the bare hex.</summary>
    public static bool TryParseId(string id, out string hash) =>
        TryNormalize(id.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? id[Prefix.Length..] : id, out hash);
}
