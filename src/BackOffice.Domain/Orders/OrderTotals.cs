namespace BackOffice.Domain.Orders;

/// <summary>
/// What an order's operations add up to: the amounts, the payment's result and the order's status. A live
/// authorization's authorized amount is what it still holds (the payment less the parts released by refunds);
/// a voided one keeps the amount it had authorized.
/// </summary>
public sealed record OrderTotals(long Authorized, long Captured, long Refunded, OperationResult? PaymentResult, OrderStatus Status)
{
    public static OrderTotals Derive(IReadOnlyList<Operation> operations)
    {
        var payment = operations.FirstOrDefault(o => o.IsPayment);
        var captured = operations
            .Where(o => o.OperationType == OperationType.Capture && o.OperationResult is OperationResult.Executed or OperationResult.Refunded)
            .Sum(o => o.OperationAmount);
        var refunded = operations
            .Where(o => o.OperationType == OperationType.Refund && o.OperationResult == OperationResult.Executed)
            .Sum(o => o.OperationAmount);
        var released = operations
            .Where(o => o.OperationType == OperationType.Void && o.OperationResult == OperationResult.Voided)
            .Sum(o => o.OperationAmount);
        var authorized = payment is null || !WasAuthorized(payment) ? 0
            : payment.OperationResult == OperationResult.Voided ? payment.OperationAmount
            : payment.OperationAmount - released;
        var paymentResult = payment is null ? (OperationResult?)null : PaymentResultAfter(payment, authorized, captured, refunded);
        return new OrderTotals(authorized, captured, refunded, paymentResult, StatusOf(paymentResult, authorized, captured, refunded));
    }

    private static bool WasAuthorized(Operation payment) => payment.OperationType == OperationType.Authorization
        ? payment.OperationResult is OperationResult.Authorized or OperationResult.Executed or OperationResult.Refunded or OperationResult.Voided
        : payment.OperationResult is OperationResult.Executed or OperationResult.Refunded or OperationResult.Canceled;

    /// <summary>
    /// A live payment's result follows its totals: an authorization becomes EXECUTED when fully captured (and
    /// AUTHORIZED again if a capture is canceled); either kind becomes REFUNDED when everything captured is refunded.
    /// Refused, pending, voided and canceled payments keep their result.
    /// </summary>
    private static OperationResult PaymentResultAfter(Operation payment, long authorized, long captured, long refunded)
    {
        if (payment.OperationResult is not (OperationResult.Authorized or OperationResult.Executed or OperationResult.Refunded))
        {
            return payment.OperationResult;
        }

        if (refunded > 0 && refunded == captured)
        {
            return OperationResult.Refunded;
        }

        return payment.OperationType == OperationType.Capture || captured == authorized ? OperationResult.Executed : OperationResult.Authorized;
    }

    private static OrderStatus StatusOf(OperationResult? payment, long authorized, long captured, long refunded) => payment switch
    {
        null or OperationResult.Pending or OperationResult.ThreedsValidated => OrderStatus.Pending,
        OperationResult.Declined or OperationResult.DeniedByRisk or OperationResult.ThreedsFailed or OperationResult.Failed => OrderStatus.Declined,
        OperationResult.Voided or OperationResult.Canceled => OrderStatus.Voided,
        _ when refunded > 0 => refunded == captured ? OrderStatus.Refunded : OrderStatus.PartiallyRefunded,
        _ when captured == 0 => OrderStatus.Authorized,
        _ when captured < authorized => OrderStatus.PartiallyCaptured,
        _ => OrderStatus.Captured,
    };
}
