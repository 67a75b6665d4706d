namespace BackOffice.Api.Rest;

/// <summary>
/// A listing's <c>fromTime</c> to <c>toTime</c>, both inclusive: the next page asks with <c>toTime</c> set to the last
/// record's time, so records sharing that time at a page's edge come again rather than never (a client drops the ids it
/// has). By default the last month up to now, and never longer than a month.
/// </summary>
public sealed record TimeWindow(DateTime From, DateTime To)
{
    public static string? TryParse(string? fromTime, string? toTime, DateTime now, out TimeWindow window)
    {
        window = new TimeWindow(now.AddMonths(-1), now);
        var to = now;
        if (toTime is not null && !RestFormat.TryParseTime(toTime, out to))
        {
            return "toTime is not an ISO 8601 time.";
        }

        var from = to.AddMonths(-1);
        if (fromTime is not null && !RestFormat.TryParseTime(fromTime, out from))
        {
            return "fromTime is not an ISO 8601 time.";
        }

        if (from > to)
        {
            return "fromTime is after toTime.";
        }

        if (from < to.AddMonths(-1))
        {
            return "The window from fromTime to toTime is at most one month.";
        }

        window = new TimeWindow(from, to);
        return null;
    }
}
