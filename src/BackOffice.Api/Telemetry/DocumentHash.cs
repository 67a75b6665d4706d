using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Api.Telemetry;

/// <summary>The SHA-256 hex of a document's text: the id a persisted-query client would send for it, so spans can be matched to documents.</summary>
public static class DocumentHash
{
    public static string? Of(string? query) =>
        string.IsNullOrEmpty(query) ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
