namespace BackOffice.Api.Orders.Statistics;

/// <summary>Counts and sums of one currency's orders, in minor units; added up from <see cref="SlotTotals"/>.</summary>
public sealed class OrderVolume(string currency)
{
    public string Currency { get; } = currency;

    public int OrderCount { get; private set; }

    public long Amount { get; private set; }

    public int CapturedCount { get; private set; }

    public long CapturedAmount { get; private set; }

    public int RefundedCount { get; private set; }

    public long RefundedAmount { get; private set; }

    public int PendingCount { get; private set; }

    public long PendingAmount { get; private set; }

    public int DeclinedCount { get; private set; }

    public long DeclinedAmount { get; private set; }

    public void Add(SlotTotals slot)
    {
        OrderCount += slot.OrderCount;
        Amount += slot.Amount;
        CapturedCount += slot.CapturedCount;
        CapturedAmount += slot.CapturedAmount;
        RefundedCount += slot.RefundedCount;
        RefundedAmount += slot.RefundedAmount;
        PendingCount += slot.PendingCount;
        PendingAmount += slot.PendingAmount;
        DeclinedCount += slot.DeclinedCount;
        DeclinedAmount += slot.DeclinedAmount;
    }
}
