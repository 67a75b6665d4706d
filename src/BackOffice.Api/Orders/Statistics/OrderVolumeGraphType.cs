using GraphQL.Types;

namespace BackOffice.Api.Orders.Statistics;

public sealed class OrderVolumeGraphType : ObjectGraphType<OrderVolume>
{
    public OrderVolumeGraphType()
    {
        Name = "OrderVolume";
        Description = "Counts and sums of one currency's orders; amounts in the currency's minor units.";
        Field(v => v.Currency);
        Field(v => v.OrderCount).Description("Orders matching.");
        Field(v => v.Amount).Description("The sum of their order amounts.");
        Field(v => v.CapturedCount).Description("Orders with something captured (capturedAmount > 0).");
        Field(v => v.CapturedAmount).Description("The sum of their captured amounts.");
        Field(v => v.RefundedCount).Description("Orders with something refunded (refundedAmount > 0).");
        Field(v => v.RefundedAmount).Description("The sum of their refunded amounts.");
        Field(v => v.PendingCount).Description("Orders waiting for a capture: status PENDING or AUTHORIZED.");
        Field(v => v.PendingAmount).Description("What they authorized and is still to capture.");
        Field(v => v.DeclinedCount).Description("Orders with status DECLINED.");
        Field(v => v.DeclinedAmount).Description("The sum of their order amounts.");
    }
}
