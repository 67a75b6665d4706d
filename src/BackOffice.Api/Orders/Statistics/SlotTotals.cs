using BackOffice.Infrastructure.Statistics;

namespace BackOffice.Api.Orders.Statistics;

/// <summary>
/// One row of the SQL aggregate: the orders of one currency created in one UTC quarter of an hour (<paramref name="Day"/>
/// at <paramref name="Hour"/>:<c>15 × <paramref name="Quarter"/></c>). Every zone's offset today is a multiple of 15 minutes,
/// so a quarter always falls inside one local hour and one local day, whatever the zone.
/// </summary>
public sealed record SlotTotals(
    string Currency, DateTime Day, int Hour, int Quarter,
    int OrderCount, long Amount,
    int CapturedCount, long CapturedAmount,
    int RefundedCount, long RefundedAmount,
    int PendingCount, long PendingAmount,
    int DeclinedCount, long DeclinedAmount)
{
    public DateTime Start => DateTime.SpecifyKind(Day.Date.AddMinutes(Hour * 60 + Quarter * 15), DateTimeKind.Utc);

    /// <summary>The same quarter hour as the database keeps it.</summary>
    public static SlotTotals Of(QuarterHourVolume v) => new(
        v.Currency, v.PeriodStart.Date, v.PeriodStart.Hour, v.PeriodStart.Minute / 15,
        v.OrderCount, v.Amount, v.CapturedCount, v.CapturedAmount, v.RefundedCount, v.RefundedAmount,
        v.PendingCount, v.PendingAmount, v.DeclinedCount, v.DeclinedAmount);
}
