using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BackOffice.Infrastructure.Commands;

/// <summary>
/// A request's fingerprint, to tell an idempotent retry from a different request under the same key: the command's name
/// and its record's property values in declaration order, so adding a command needs no list of its fields to hash.
/// </summary>
public static class CommandFingerprint
{
    private const string Prefix = "v2:";

    /// <summary>
    /// SHA-256 of the canonical JSON array <c>[name, value…]</c>, so null, an empty string and any text stay distinct, and
    /// no separator inside a value can shift the fields. Prefixed <c>v2:</c> to tell it from <see cref="Legacy"/>.
    /// </summary>
    public static string Of(string name, object command)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(name);
            foreach (var value in Values(command))
            {
                value.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        return Prefix + Base64Url.EncodeToString(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>
    /// The fingerprint written before <see cref="Of"/>: fields joined by U+001F, null as U+2400, so a null description and
    /// "\u2400" collided. Still accepted for records written then, so a retry across the upgrade replays; those records
    /// expire with the retention (24 h), after which this can go.
    /// </summary>
    public static string Legacy(string name, object command)
    {
        var fields = Values(command).Select(v => v.ValueKind switch
        {
            JsonValueKind.Null => "\u2400",
            JsonValueKind.String => v.GetString(),
            _ => v.GetRawText(),
        });
        var text = string.Join('\u001f', fields.Prepend(name));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    // Serialised with the command's own type, so every field of the record counts, in the order it declares them.
    private static IEnumerable<JsonElement> Values(object command) =>
        JsonSerializer.SerializeToElement(command, command.GetType()).EnumerateObject().Select(p => p.Value);
}
