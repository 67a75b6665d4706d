using System.Globalization;

namespace BackOffice.Domain.Orders;

/// <summary>
/// Gateway-style numeric operation ids: milliseconds since 2020 followed by six random digits, so ids sort roughly
/// by time and two generated in the same millisecond collide with odds of one in a million (the unique index catches it).
/// </summary>
public static class OperationIds
{
    private static readonly DateTime Epoch = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string Next(DateTime time, Random random)
    {
        var milliseconds = (long)(time - Epoch).TotalMilliseconds;
        return string.Create(CultureInfo.InvariantCulture, $"{milliseconds:D13}{random.Next(0, 1_000_000):D6}");
    }
}
