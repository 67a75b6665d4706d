using System.Globalization;

namespace BackOffice.Api.Rest;

/// <summary>A listing's page size: 20 by default, at most 500.</summary>
public static class MaxRecords
{
    public const int Default = 20;
    public const int Limit = 500;

    public static string? TryParse(string? text, out int value)
    {
        value = Default;
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value is < 1 or > Limit)
        {
            return $"maxRecords is a number from 1 to {Limit}.";
        }

        return null;
    }
}
