using BackOffice.Domain.Orders;
using static BackOffice.Domain.Tests.Orders.OrderBuilder;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>The totals and status kept on the order always follow from its operations (DOMAIN.md).</summary>
public sealed class OrderTotalsTests
{
    [Theory]
    [InlineData(OperationResult.Declined)]
    [InlineData(OperationResult.DeniedByRisk)]
    [InlineData(OperationResult.ThreedsFailed)]
    [InlineData(OperationResult.Failed)]
    public void ARefusedPaymentDeclinesTheOrder(OperationResult result)
    {
        var order = Paid(result: result);
        Assert.Equal((0, 0, 0, OrderStatus.Declined), Totals(order));
    }

    [Fact]
    public void APendingPaymentLeavesTheOrderPendingUntilItSettles()
    {
        var order = Paid(result: OperationResult.Pending);
        Assert.Equal((0, 0, 0, OrderStatus.Pending), Totals(order));

        order.SettlePayment(OperationResult.Authorized).Succeeds();
        Assert.Equal((10_000, 0, 0, OrderStatus.Authorized), Totals(order));
        Assert.Equal(OperationResult.Pending, order.Changes[^1].PreviousResult);
    }

    [Fact]
    public void CapturesMoveTheOrderFromAuthorizedToCaptured()
    {
        var order = Paid();
        var authorization = order.Payment!;
        Assert.Equal((10_000, 0, 0, OrderStatus.Authorized), Totals(order));

        order.Capture(authorization.OperationId, 4_000, "EUR", Soon()).Succeeds();
        Assert.Equal((10_000, 4_000, 0, OrderStatus.PartiallyCaptured), Totals(order));
        Assert.Equal(OperationResult.Authorized, authorization.OperationResult);

        order.Capture(authorization.OperationId, 6_000, "EUR", Soon()).Succeeds();
        Assert.Equal((10_000, 10_000, 0, OrderStatus.Captured), Totals(order));
        Assert.Equal(OperationResult.Executed, authorization.OperationResult);
    }

    [Fact]
    public void RefundsMoveTheOrderToPartlyThenFullyRefunded()
    {
        var order = Paid(OperationType.Capture, OperationResult.Executed);
        var payment = order.Payment!;
        Assert.Equal((10_000, 10_000, 0, OrderStatus.Captured), Totals(order));

        order.Refund(payment.OperationId, 2_500, "EUR", Soon()).Succeeds();
        Assert.Equal((10_000, 10_000, 2_500, OrderStatus.PartiallyRefunded), Totals(order));

        order.Refund(payment.OperationId, 7_500, "EUR", Soon()).Succeeds();
        Assert.Equal((10_000, 10_000, 10_000, OrderStatus.Refunded), Totals(order));
        Assert.Equal(OperationResult.Refunded, payment.OperationResult);
    }

    [Fact]
    public void AVoidedAuthorizationVoidsTheOrder()
    {
        var order = Paid();
        var voided = order.Cancel(order.Payment!.OperationId, Soon()).Succeeds();
        Assert.Equal((OperationType.Void, OperationResult.Voided, 10_000L), (voided.OperationType, voided.OperationResult, voided.OperationAmount));
        Assert.Equal(OrderStatus.Voided, order.Status);
        Assert.Equal(OperationResult.Voided, order.Payment!.OperationResult);
    }

    [Fact]
    public void ACanceledCaptureMakesTheAuthorizationCapturableAgain()
    {
        var order = Paid();
        var capture = order.Capture(order.Payment!.OperationId, 10_000, "EUR", Soon()).Succeeds();
        Assert.Equal(OperationResult.Executed, order.Payment!.OperationResult);

        order.Cancel(capture.OperationId, Soon()).Succeeds();
        Assert.Equal((10_000, 0, 0, OrderStatus.Authorized), Totals(order));
        Assert.Equal(OperationResult.Canceled, capture.OperationResult);
        Assert.Equal(OperationResult.Authorized, order.Payment!.OperationResult);
        order.Capture(order.Payment!.OperationId, 10_000, "EUR", Soon()).Succeeds();
    }

    [Fact]
    public void ACanceledImplicitPaymentVoidsTheOrder()
    {
        var order = Paid(OperationType.Capture, OperationResult.Executed);
        order.Cancel(order.Payment!.OperationId, Soon()).Succeeds();
        Assert.Equal(OrderStatus.Voided, order.Status);
        Assert.Equal(0, order.CapturedAmount);
        Assert.Equal(OperationResult.Canceled, order.Payment!.OperationResult);
    }

    [Fact]
    public void EveryChangeIsRecordedOnceWithThePreviousResult()
    {
        var order = Paid(OperationType.Capture, OperationResult.Executed);
        var version = order.Version;
        var refund = order.Refund(order.Payment!.OperationId, 10_000, "EUR", Soon()).Succeeds();

        Assert.Collection(order.Changes.Skip(1),
            created => Assert.Equal((refund, (OperationResult?)null), (created.Operation, created.PreviousResult)),
            changed => Assert.Equal((order.Payment, (OperationResult?)OperationResult.Executed), (changed.Operation, changed.PreviousResult)));
        Assert.Equal(version + 1, order.Version);
        Assert.Equal((OperationType?)OperationType.Refund, order.LastOperationType);
    }

    private static (long Authorized, long Captured, long Refunded, OrderStatus Status) Totals(Order order) =>
        (order.AuthorizedAmount, order.CapturedAmount, order.RefundedAmount, order.Status);
}
