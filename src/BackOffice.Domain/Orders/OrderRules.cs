using BackOffice.Domain.Common;
using static BackOffice.Domain.Orders.OperationResult;

namespace BackOffice.Domain.Orders;

/// <summary>
/// The gateway's rules for each command, checked in a fixed order before anything changes: the target exists,
/// the amount and currency are valid, the transition table allows the move, then windows and available amounts.
/// </summary>
internal static class OrderRules
{
    public const int CaptureWindowDays = 4;
    public const int PayPalCaptureWindowDays = 29;
    public const string PayPal = "PAYPAL";

    private static readonly TimeZoneInfo BusinessTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static Result<Operation> RecordPayment(Order order, PaymentRecord payment)
    {
        if (order.Payment is not null)
        {
            return new InvalidOperationStateError($"Order '{order.OrderId}' already has its payment operation.");
        }

        var valid = payment.Type switch
        {
            OperationType.Authorization => payment.Result is Authorized or Declined or DeniedByRisk or ThreedsFailed or Failed or Pending or ThreedsValidated,
            OperationType.Capture => payment.Result is Executed or Pending,
            _ => false,
        };
        if (!valid)
        {
            return new InvalidOperationStateError($"A payment cannot start as {ConstantCase.Of(payment.Type)} / {ConstantCase.Of(payment.Result)}.");
        }

        var operation = order.Add(payment.OperationId, payment.Type, payment.Result, order.Amount, payment.Time, payment.Channel);
        operation.PaymentMethod = payment.PaymentMethod;
        operation.PaymentCircuit = payment.PaymentCircuit;
        operation.PaymentInstrumentInfo = payment.PaymentInstrumentInfo;
        operation.ContractId = payment.ContractId;
        return Result<Operation>.Success(operation);
    }

    public static Result<Operation> SettlePayment(Order order, OperationResult result)
    {
        if (order.Payment is not { OperationResult: Pending or ThreedsValidated } payment)
        {
            return new InvalidOperationStateError($"Order '{order.OrderId}' has no pending payment to settle.");
        }

        var valid = result is Declined or DeniedByRisk or ThreedsFailed or Failed or ThreedsValidated
            || result == (payment.OperationType == OperationType.Authorization ? Authorized : Executed);
        if (!valid)
        {
            return new InvalidOperationStateError($"A pending {ConstantCase.Of(payment.OperationType)} cannot settle as {ConstantCase.Of(result)}.");
        }

        payment.ChangeResult(result);
        return Result<Operation>.Success(payment);
    }

    public static Result<Operation> Capture(Order order, Operation? target, long amount, string currency, OperationRequest request)
    {
        if (Refuse(order, target, OrderCommand.Capture, amount, currency) is { } refusal)
        {
            return refusal;
        }

        var window = target!.PaymentCircuit == PayPal ? PayPalCaptureWindowDays : CaptureWindowDays;
        if (request.Now - target.OperationTime > TimeSpan.FromDays(window))
        {
            return new InvalidOperationStateError(
                $"The authorization is older than {window} days and can no longer be captured; ask the customer to pay again.");
        }

        var available = order.AuthorizedAmount - order.CapturedAmount;
        if (amount > available)
        {
            return new AmountExceedsAvailableError(
                $"Only {Common.Currency.Format(available, order.Currency)} is left to capture on this authorization.", available);
        }

        return Result<Operation>.Success(Create(order, target, OperationType.Capture, Executed, amount, request));
    }

    public static Result<Operation> Refund(Order order, Operation? target, long amount, string currency, OperationRequest request)
    {
        if (Refuse(order, target, OrderCommand.Refund, amount, currency) is { } refusal)
        {
            return refusal;
        }

        if (order.CapturedAmount == 0)
        {
            return new InvalidOperationStateError("Nothing has been captured on this authorization; cancel it instead.");
        }

        var available = order.CapturedAmount - order.RefundedAmount;
        if (!target!.IsPayment)
        {
            var refundedOnCapture = RefundsOf(order, target).Sum(r => r.OperationAmount);
            available = Math.Min(available, target.OperationAmount - refundedOnCapture);
        }

        if (amount > available)
        {
            return new AmountExceedsAvailableError(available == 0
                ? "Everything captured has already been refunded."
                : $"Only {Common.Currency.Format(available, order.Currency)} is left to refund.", available);
        }

        return Result<Operation>.Success(Create(order, target, OperationType.Refund, Executed, amount, request));
    }

    public static Result<Operation> Cancel(Order order, Operation? target, OperationRequest request)
    {
        if (Refuse(order, target, OrderCommand.Cancel, amount: 1, order.Currency) is { } refusal)
        {
            return refusal;
        }

        if (target!.OperationType == OperationType.Authorization)
        {
            if (order.CapturedAmount > 0)
            {
                return new InvalidOperationStateError(
                    "Part of this authorization is captured; cancel those captures on the day they were made, or refund.");
            }

            var voided = Create(order, target, OperationType.Void, Voided, order.AuthorizedAmount, request);
            target.ChangeResult(Voided);
            return Result<Operation>.Success(voided);
        }

        if (target.PaymentCircuit == PayPal || order.Payment?.PaymentCircuit == PayPal)
        {
            return new InvalidOperationStateError("A PayPal capture cannot be canceled; refund it instead.");
        }

        if (BusinessDay(target.OperationTime) != BusinessDay(request.Now))
        {
            return new InvalidOperationStateError(
                "A capture can be canceled only on the business day it was made (Europe/Rome); refund it instead.");
        }

        if (RefundsOf(order, target).Any() || order.CapturedAmount - target.OperationAmount < order.RefundedAmount)
        {
            return new InvalidOperationStateError("This capture has been refunded, in part or in full; it can no longer be canceled.");
        }

        var cancel = Create(order, target, OperationType.Cancel, Executed, target.OperationAmount, request);
        target.ChangeResult(Canceled);
        return Result<Operation>.Success(cancel);
    }

    /// <summary>The checks every command shares, in the order a person would want them explained.</summary>
    private static DomainError? Refuse(Order order, Operation? target, OrderCommand command, long amount, string currency)
    {
        if (target is null)
        {
            return new NotFoundError($"Order '{order.OrderId}' has no such operation.");
        }

        if (amount <= 0)
        {
            return new InvalidAmountError("The amount must be a positive whole number of minor units (EUR 12.34 is 1234).");
        }

        if (!string.Equals(currency, order.Currency, StringComparison.Ordinal))
        {
            return new CurrencyMismatchError($"Order '{order.OrderId}' is in {order.Currency}; give the amount in {order.Currency}.");
        }

        return TransitionTable.IsAllowed(command, target.OperationType, target.OperationResult)
            ? null
            : new InvalidOperationStateError(TransitionTable.Explain(command, target.OperationType, target.OperationResult));
    }

    private static Operation Create(Order order, Operation target, OperationType type, OperationResult result, long amount, OperationRequest request)
    {
        var payment = order.Payment;
        var operation = order.Add(request.NewOperationId, type, result, amount, request.Now, Channel.Backoffice);
        operation.ParentOperationId = target.OperationId;
        operation.PaymentMethod = payment?.PaymentMethod;
        operation.PaymentCircuit = payment?.PaymentCircuit;
        operation.PaymentInstrumentInfo = payment?.PaymentInstrumentInfo;
        operation.ContractId = payment?.ContractId;
        operation.Description = request.Description;
        operation.ApiKeyId = request.ApiKeyId;
        operation.CorrelationId = request.CorrelationId;
        return operation;
    }

    private static IEnumerable<Operation> RefundsOf(Order order, Operation capture) => order.Operations.Where(o =>
        o.OperationType == OperationType.Refund && o.OperationResult == Executed && o.ParentOperationId == capture.OperationId);

    private static DateOnly BusinessDay(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), BusinessTimeZone));
}
