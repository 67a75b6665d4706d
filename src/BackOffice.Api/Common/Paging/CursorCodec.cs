using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Sorting;

namespace BackOffice.Api.Common.Paging;

/// <summary>
/// Keyset cursors: the row's sort values and key, plus a fingerprint of the sort. A cursor names a position, not
/// an offset, so rows inserted between two requests neither repeat nor hide rows; a cursor from another sort is refused.
/// </summary>
public static class Cursor
{
    /// <summary>A row's position; the sort's <see cref="Fingerprint{T}"/> is computed once for the whole page.</summary>
    public static string Encode<T>(IReadOnlyList<SortTerm<T>> terms, string fingerprint, T row)
    {
        var values = new object?[terms.Count + 1];
        values[0] = fingerprint;
        for (var i = 0; i < terms.Count; i++)
        {
            values[i + 1] = terms[i].Field.Read(row) switch
            {
                DateTime time => time.Ticks,
                Enum value => value.ToString(),
                var value => value,
            };
        }

        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(values));
    }

    public static object?[] Decode<T>(IReadOnlyList<SortTerm<T>> terms, string cursor, string argument)
    {
        try
        {
            var elements = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor));
            if (elements is null || elements.Length != terms.Count + 1 || elements[0].GetString() != Fingerprint(terms))
            {
                throw Invalid(cursor, argument);
            }

            return terms.Select((term, i) => Read(elements[i + 1], term.Field.ValueType)).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException)
        {
            throw Invalid(cursor, argument);
        }
    }

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

    public static string Fingerprint<T>(IReadOnlyList<SortTerm<T>> terms) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', terms))), 0, 4);

    private static GraphQL.ExecutionError Invalid(string cursor, string argument) => ArgumentError.Create(
        GraphQLErrorCodes.InvalidCursor, $"The cursor specified in `{argument}` has an invalid format.",
        ("argument", argument), ("cursor", cursor));
}
