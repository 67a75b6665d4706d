using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using static BackOffice.Domain.Tests.Orders.OrderBuilder;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>Amounts, currencies and time windows at their edges.</summary>
public sealed class MoneyRulesTests
{
    [Theory]
    [InlineData("EUR", 10_000)]
    [InlineData("JPY", 12_345)]
    [InlineData("EUR", 1)]
    public void TheExactRemainingAmountCanBeCapturedAndNotOneUnitMore(string currency, long amount)
    {
        var order = Paid(amount: amount, currency: currency);
        var over = order.Capture(order.Payment!.OperationId, amount + 1, currency, Soon());
        Assert.IsType<AmountExceedsAvailableError>(over.Error);
        Assert.Equal(amount, ((AmountExceedsAvailableError)over.Error!).Available);

        order.Capture(order.Payment!.OperationId, amount, currency, Soon()).Succeeds();
        Assert.Equal(OrderStatus.Captured, order.Status);
    }

    [Fact]
    public void TheExactRemainingAmountCanBeRefundedAndNotOneUnitMore()
    {
        var order = Paid(OperationType.Capture, OperationResult.Executed, amount: 5_000);
        order.Refund(order.Payment!.OperationId, 1_234, "EUR", Soon()).Succeeds();
        var over = order.Refund(order.Payment!.OperationId, 3_767, "EUR", Soon());
        Assert.Equal("Only EUR 37.66 is left to refund.", over.Error!.Message);
        order.Refund(order.Payment!.OperationId, 3_766, "EUR", Soon()).Succeeds();
        Assert.Equal(OrderStatus.Refunded, order.Status);
    }

    [Fact]
    public void AJpyMessageHasNoDecimals()
    {
        var order = Paid(amount: 1_500, currency: "JPY");
        var over = order.Capture(order.Payment!.OperationId, 1_501, "JPY", Soon());
        Assert.Equal("Only JPY 1500 is left to capture on this authorization.", over.Error!.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(long.MinValue)]
    public void AmountsMustBePositive(long amount)
    {
        var order = Paid();
        Assert.IsType<InvalidAmountError>(order.Capture(order.Payment!.OperationId, amount, "EUR", Soon()).Error);
        Assert.IsType<InvalidAmountError>(order.Refund(order.Payment!.OperationId, amount, "EUR", Soon()).Error);
    }

    [Fact]
    public void TheCurrencyMustBeTheOrders()
    {
        var order = Paid();
        var result = order.Capture(order.Payment!.OperationId, 100, "USD", Soon());
        Assert.IsType<CurrencyMismatchError>(result.Error);
        Assert.Contains("EUR", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOperationIsNotFound()
    {
        var order = Paid();
        Assert.IsType<NotFoundError>(order.Refund("NOPE", 100, "EUR", Soon()).Error);
    }

    [Theory]
    [InlineData("VISA", 4, true)]
    [InlineData("VISA", 5, false)]
    [InlineData("PAYPAL", 29, true)]
    [InlineData("PAYPAL", 30, false)]
    public void CapturesMustComeWithinTheWindow(string circuit, int days, bool allowed)
    {
        var order = Paid(circuit: circuit);
        var result = order.Capture(order.Payment!.OperationId, 100, "EUR", At(PaidAt.AddDays(days)));
        Assert.Equal(allowed, result.IsSuccess);
    }

    [Theory]
    [InlineData("2026-11-24T09:00:00Z", "2026-11-24T22:59:00Z", true)] // 23:59 in Rome, same day
    [InlineData("2026-11-24T09:00:00Z", "2026-11-24T23:00:00Z", false)] // midnight in Rome: the next business day
    [InlineData("2026-11-24T23:30:00Z", "2026-11-25T10:00:00Z", true)] // 00:30 in Rome on the 25th, then 11:00 the 25th
    public void ACaptureIsCanceledOnlyOnItsBusinessDayInRome(string capturedAt, string canceledAt, bool allowed)
    {
        var captured = DateTime.Parse(capturedAt, null, System.Globalization.DateTimeStyles.AdjustToUniversal);
        var order = Paid();
        var capture = order.Capture(order.Payment!.OperationId, 10_000, "EUR", At(captured)).Succeeds();
        var result = order.Cancel(capture.OperationId, At(DateTime.Parse(canceledAt, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));
        Assert.Equal(allowed, result.IsSuccess);
    }

    [Fact]
    public void APayPalCaptureIsNeverCanceled()
    {
        var order = Paid(OperationType.Capture, OperationResult.Executed, circuit: "PAYPAL");
        var result = order.Cancel(order.Payment!.OperationId, Soon());
        Assert.Equal("A PayPal capture cannot be canceled; refund it instead.", result.Error!.Message);
    }

    [Fact]
    public void ARefundedCaptureIsNotCanceled()
    {
        var order = Paid();
        var capture = order.Capture(order.Payment!.OperationId, 10_000, "EUR", Soon()).Succeeds();
        order.Refund(capture.OperationId, 100, "EUR", Soon()).Succeeds();
        Assert.IsType<InvalidOperationStateError>(order.Cancel(capture.OperationId, Soon()).Error);
    }

    [Fact]
    public void ARefundOnACaptureIsLimitedToThatCapture()
    {
        var order = Paid();
        var first = order.Capture(order.Payment!.OperationId, 3_000, "EUR", Soon()).Succeeds();
        order.Capture(order.Payment!.OperationId, 7_000, "EUR", Soon()).Succeeds();
        var over = order.Refund(first.OperationId, 3_001, "EUR", Soon());
        Assert.Equal(3_000, ((AmountExceedsAvailableError)over.Error!).Available);
    }

    [Fact]
    public void ARefundOfPartOfAnOpenAuthorizationReleasesThatPart()
    {
        var order = Paid();
        var release = order.Refund(order.Payment!.OperationId, 4_000, "EUR", Soon()).Succeeds();

        Assert.Equal((OperationType.Void, OperationResult.Voided, 4_000L), (release.OperationType, release.OperationResult, release.OperationAmount));
        Assert.Equal(order.Payment!.OperationId, release.ParentOperationId);
        Assert.Equal((OrderStatus.Authorized, OperationResult.Authorized), (order.Status, order.Payment!.OperationResult));
        Assert.Equal((6_000L, 0L, 0L), (order.AuthorizedAmount, order.CapturedAmount, order.RefundedAmount));
        Assert.Equal(6_000, ((AmountExceedsAvailableError)order.Capture(order.Payment!.OperationId, 6_001, "EUR", Soon()).Error!).Available);
        order.Capture(order.Payment!.OperationId, 6_000, "EUR", Soon()).Succeeds();
        Assert.Equal((OrderStatus.Captured, OperationResult.Executed), (order.Status, order.Payment!.OperationResult));
    }

    [Fact]
    public void ReleasingAllOfAnAuthorizationVoidsTheOrder()
    {
        var order = Paid();
        order.Refund(order.Payment!.OperationId, 3_000, "EUR", Soon()).Succeeds();
        var over = order.Refund(order.Payment!.OperationId, 7_001, "EUR", Soon());
        Assert.Equal("Only EUR 70.00 of this authorization is left to release.", over.Error!.Message);

        order.Refund(order.Payment!.OperationId, 7_000, "EUR", Soon()).Succeeds();

        Assert.Equal((OrderStatus.Voided, OperationResult.Voided), (order.Status, order.Payment!.OperationResult));
        Assert.Equal(10_000, order.AuthorizedAmount);
        Assert.IsType<InvalidOperationStateError>(order.Refund(order.Payment!.OperationId, 1, "EUR", Soon()).Error);
    }

    [Fact]
    public void OurCancelOfAPartlyReleasedAuthorizationVoidsWhatIsLeft()
    {
        var order = Paid();
        order.Refund(order.Payment!.OperationId, 2_500, "EUR", Soon()).Succeeds();

        var voided = order.Cancel(order.Payment!.OperationId, Soon()).Succeeds();

        Assert.Equal((OperationType.Void, 7_500L), (voided.OperationType, voided.OperationAmount));
        Assert.Equal(OrderStatus.Voided, order.Status);
    }

    [Fact]
    public void TheGatewaysCancelRefusesAnAuthorization()
    {
        var order = Paid();
        var result = order.CancelCapture(order.Payment!.OperationId, Soon());
        Assert.Equal("A cancel applies only to a capture; void the authorization, or refund part of it to release that part.", result.Error!.Message);
        Assert.Single(order.Operations);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("A-Z.az09#*+:;=?[]_{|}", true)]
    [InlineData("has space", false)]
    [InlineData("1234567890123456789012345678", false)]
    public void OrderIdsFollowTheGatewaysAlphabet(string orderId, bool valid) =>
        Assert.Equal(valid, Order.Place("demo", orderId, 100, "EUR", null, null, Channel.Ecommerce, PaidAt).IsSuccess);
}
