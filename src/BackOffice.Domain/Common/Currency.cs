using System.Globalization;

namespace BackOffice.Domain.Common;

/// <summary>ISO 4217 currencies the gateway settles in, with their minor units (JPY has none).</summary>
public static class Currency
{
    private static readonly Dictionary<string, int> MinorUnitsByCode = new(StringComparer.Ordinal)
    {
        ["EUR"] = 2, ["USD"] = 2, ["GBP"] = 2, ["CHF"] = 2, ["SEK"] = 2, ["DKK"] = 2, ["NOK"] = 2,
        ["PLN"] = 2, ["CZK"] = 2, ["HUF"] = 2, ["RON"] = 2, ["CAD"] = 2, ["AUD"] = 2, ["JPY"] = 0,
    };

    public static bool IsKnown(string code) => MinorUnitsByCode.ContainsKey(code);

    public static int MinorUnits(string code) => MinorUnitsByCode.TryGetValue(code, out var units)
        ? units
        : throw new ArgumentException($"Unknown currency '{code}'.", nameof(code));

    /// <summary>"EUR 12.34" for 1234 minor units; "JPY 1234" for yen.</summary>
    public static string Format(long amount, string code)
    {
        var units = MinorUnits(code);
        if (units == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{code} {amount}");
        }

        var divisor = (decimal)Math.Pow(10, units);
        return string.Create(CultureInfo.InvariantCulture, $"{code} {(amount / divisor).ToString("F" + units, CultureInfo.InvariantCulture)}");
    }
}
