using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Statistics;

namespace BackOffice.Api.Orders.Statistics;

/// <summary>
/// A <c>where</c> that the quarter-hour totals answer exactly: none at all, or only a <c>createdAt</c> range
/// (<c>gte</c>, <c>lt</c>) whose bounds start quarter hours, so no quarter hour is cut by it. The dashboard's chart asks
/// for local midnights and whole hours, which every zone puts on a quarter hour. Anything else is null: the GROUP BY.
/// </summary>
public sealed record QuarterHourRange(DateTime? From, DateTime? Until)
{
    public static QuarterHourRange? Of(object? where)
    {
        if (where is null)
        {
            return new QuarterHourRange(null, null);
        }

        if (where is not IDictionary<string, object?> filter)
        {
            return null;
        }

        DateTime? from = null, until = null;
        foreach (var (name, value) in filter)
        {
            if (value is null)
            {
                continue; // as the filter reads it: nothing asked
            }

            if (name != "createdAt" || value is not IDictionary<string, object?> operations)
            {
                return null;
            }

            foreach (var (op, bound) in operations)
            {
                if (bound is not DateTime time)
                {
                    return null;
                }

                var stored = UtcMillisecondsConverter.Truncate(time); // compared as stored, to the millisecond
                if (!QuarterHourVolume.IsQuarterStart(stored))
                {
                    return null;
                }

                switch (op)
                {
                    case "gte":
                        from = stored;
                        break;
                    case "lt":
                        until = stored;
                        break;
                    default:
                        return null;
                }
            }
        }

        return new QuarterHourRange(from, until);
    }
}
