using System.Globalization;
using BackOffice.Domain.Common;

namespace BackOffice.Api.Rest;

/// <summary>The gateway's wire formats: amounts as strings of digits in minor units, times in UTC with milliseconds.</summary>
public static class RestFormat
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Amount(long minorUnits) => minorUnits.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string? Time(DateTime? utc) => utc is { } value ? Time(value) : null;

    public static bool TryParseAmount(string? text, out long minorUnits)
    {
        minorUnits = 0;
        return !string.IsNullOrEmpty(text) && text.Length <= 18 && text.All(char.IsAsciiDigit)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out minorUnits);
    }

    public static bool TryParseTime(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrEmpty(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return false;
        }

        utc = parsed.UtcDateTime;
        return true;
    }

    /// <summary>An enum value spelled as the contract spells it (<c>CAPTURED_AMOUNT</c>).</summary>
    public static bool TryParseEnum<T>(string text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (ConstantCase.Of(candidate) == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
