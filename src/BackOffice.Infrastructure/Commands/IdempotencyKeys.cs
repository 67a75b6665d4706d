using System.Buffers;

namespace BackOffice.Infrastructure.Commands;

/// <summary>The shape of an idempotency key: short, and safe to log and to echo in a message or a header.</summary>
public static class IdempotencyKeys
{
    public const int MaxLength = 64;

    private static readonly SearchValues<char> Characters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:");

    public static bool IsValid(string key) =>
        key.Length is > 0 and <= MaxLength && !key.AsSpan().ContainsAnyExcept(Characters);
}
