using System.Text.RegularExpressions;
using BackOffice.Api.Common.Errors;

namespace BackOffice.Api.Orders.Statistics;

/// <summary>Reads the <c>timeZone</c> argument: an IANA id such as <c>Europe/Rome</c>, or a coded error.</summary>
public static partial class StatisticsTimeZone
{
    public const string InvalidTimeZone = "INVALID_TIME_ZONE";

    public static TimeZoneInfo Find(string id)
    {
        // Checked before the system's zone database is asked: an id is a name, never a path.
        if (id.Length <= 64 && IanaId().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal)
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        throw ArgumentError.Create(InvalidTimeZone,
            $"'{(id.Length <= 64 ? id : id[..64] + "…")}' is not a known time zone; give an IANA id such as Europe/Rome, Asia/Kolkata or UTC.");
    }

    [GeneratedRegex("^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$")]
    private static partial Regex IanaId();
}
