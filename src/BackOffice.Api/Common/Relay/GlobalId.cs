using System.Text;

namespace BackOffice.Api.Common.Relay;

/// <summary>
/// Relay global ids as HotChocolate 14 writes them: base64 of <c>Type:value</c>. HotChocolate 13's form
/// (<c>Type\n{tag}value</c>) is read too, so ids a client stored earlier keep working.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{value}"));

    public static bool TryDecode(string id, out string typeName, out string value)
    {
        typeName = value = string.Empty;
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(id));
        }
        catch (FormatException)
        {
            return false;
        }

        var legacy = text.IndexOf('\n', StringComparison.Ordinal);
        if (legacy > 0 && text.Length > legacy + 1)
        {
            (typeName, value) = (text[..legacy], text[(legacy + 2)..]);
            return true;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        (typeName, value) = (text[..colon], text[(colon + 1)..]);
        return value.Length > 0;
    }
}
