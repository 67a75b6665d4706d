using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Sorting;

namespace BackOffice.Api.Common.Paging;

/// <summary>
/// Keyset cursors: the row's sort values and key as JSON, followed by an HMAC-SHA256 (16 bytes) over the listing, the
/// sort and those values. A cursor names a position, not an offset, so rows inserted between two requests neither
/// repeat nor hide rows. One the server did not write — edited values, another row's id, another sort — is refused.
/// </summary>
public sealed class CursorCodec(byte[] key)
{
    public const string KeySetting = "Paging:CursorKey";
    public const int MinKeyLength = 32;
    private const int MacLength = 16;

    /// <summary>Far above any real cursor (a few dozen bytes): a longer one is refused before it is decoded.</summary>
    private const int MaxCursorLength = 1024;

    /// <summary>
    /// The key from <c>Paging:CursorKey</c>; without it, one derived from the database's connection string, which every
    /// instance of a deployment shares (a random key per process would break cursors across instances).
    /// </summary>
    public static CursorCodec FromConfiguration(IConfiguration configuration)
    {
        var configured = configuration[KeySetting];
        if (string.IsNullOrEmpty(configured))
        {
            var secret = Encoding.UTF8.GetBytes(configuration.GetConnectionString("BackOffice") ?? "");
            return new CursorCodec(HMACSHA256.HashData("BackOffice cursor key"u8, secret));
        }

        return configured.Length >= MinKeyLength
            ? new CursorCodec(Encoding.UTF8.GetBytes(configured))
            : throw new InvalidOperationException($"{KeySetting} must hold at least {MinKeyLength} characters (a random secret shared by every instance).");
    }

    /// <summary>What a cursor is bound to: the entity and its sort (computed once per page).</summary>
    public static byte[] Scope<T>(IReadOnlyList<SortTerm<T>> terms) =>
        Encoding.UTF8.GetBytes($"{typeof(T).Name}|{string.Join(',', terms)}|");

    public string Encode<T>(IReadOnlyList<SortTerm<T>> terms, byte[] scope, T row)
    {
        var values = new object?[terms.Count];
        for (var i = 0; i < terms.Count; i++)
        {
            values[i] = terms[i].Field.Read(row) switch
            {
                DateTime time => time.Ticks,
                Enum value => value.ToString(),
                var value => value,
            };
        }

        var json = JsonSerializer.SerializeToUtf8Bytes(values);
        return Base64Url.EncodeToString([.. json, .. Mac(scope, json)]);
    }

    public object?[] Decode<T>(IReadOnlyList<SortTerm<T>> terms, string cursor, string argument)
    {
        try
        {
            var bytes = cursor.Length <= MaxCursorLength ? Base64Url.DecodeFromChars(cursor) : [];
            if (bytes.Length <= MacLength
                || !CryptographicOperations.FixedTimeEquals(bytes.AsSpan(bytes.Length - MacLength), Mac(Scope(terms), bytes[..^MacLength])))
            {
                throw Invalid(argument);
            }

            var elements = JsonSerializer.Deserialize<JsonElement[]>(bytes.AsSpan(0, bytes.Length - MacLength));
            if (elements is null || elements.Length != terms.Count)
            {
                throw Invalid(argument);
            }

            return terms.Select((term, i) => Read(elements[i], term.Field.ValueType) ?? (term.Field.IsNullable ? null : throw Invalid(argument))).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException)
        {
            throw Invalid(argument);
        }
    }

    private byte[] Mac(byte[] scope, ReadOnlySpan<byte> json) => HMACSHA256.HashData(key, (byte[])[.. scope, .. json])[..MacLength];

    private static object? Read(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(string) => element.GetString(),
            _ when target == typeof(long) => element.GetInt64(),
            _ when target == typeof(int) => element.GetInt32(),
            _ when target == typeof(DateTime) => new DateTime(element.GetInt64(), DateTimeKind.Utc),
            _ when target.IsEnum => Enum.Parse(target, element.GetString()!),
            _ => throw new InvalidOperationException($"No cursor encoding for {target}."),
        };
    }

    /// <summary>The cursor itself is not echoed: it can be long, and it is the client's own input.</summary>
    private static GraphQL.ExecutionError Invalid(string argument) => ArgumentError.Create(
        GraphQLErrorCodes.InvalidCursor, $"The cursor specified in `{argument}` has an invalid format.", ("argument", argument));
}
