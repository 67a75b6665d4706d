using BackOffice.Domain.Orders;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>Orders in a known state, reached only through the aggregate's own methods.</summary>
internal static class OrderBuilder
{
    public static readonly DateTime PaidAt = new(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc);
    private static int _ids;

    public static Order Paid(OperationType type = OperationType.Authorization, OperationResult result = OperationResult.Authorized,
        long amount = 10_000, string currency = "EUR", string circuit = "VISA")
    {
        var order = Order.Place("demo", $"T{Interlocked.Increment(ref _ids)}", amount, currency, "CUST1", null, Channel.Ecommerce, PaidAt).Value!;
        var payment = order.RecordPayment(new PaymentRecord(NextId(), type, result, PaidAt, Channel.Ecommerce,
            circuit == "PAYPAL" ? "APM" : "CARD", circuit, "***1234"));
        Assert.True(payment.IsSuccess, payment.Error?.Message);
        return order;
    }

    public static OperationRequest At(DateTime now, string? description = null) => new(NextId(), now, description);

    public static OperationRequest Soon() => At(PaidAt.AddHours(1));

    public static Operation Succeeds(this BackOffice.Domain.Common.Result<Operation> result)
    {
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    private static string NextId() => $"OP{Interlocked.Increment(ref _ids):D8}";
}
