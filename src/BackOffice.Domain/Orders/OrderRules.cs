using BackOffice.Domain.Common;
using static BackOffice.Domain.Orders.OperationResult;

namespace BackOffice.Domain.Orders;

/// <summary>
/// The gateway's rules for each command, checked in a fixed order before anything changes: the target exists,
/// the amount and currency are valid, then <see cref="OrderLimits"/> (the transition table, windows, available amounts).
/// </summary>
internal static class OrderRules
{
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
        var limit = Check(order, target, OrderCommand.Capture, amount, currency, request);
        if (!limit.IsSuccess)
        {
            return limit.Error!;
        }

        if (amount > limit.Value!.MaxAmount)
        {
            return new AmountExceedsAvailableError(
                $"Only {Common.Currency.Format(limit.Value.MaxAmount, order.Currency)} is left to capture on this authorization.", limit.Value.MaxAmount);
        }

        return Result<Operation>.Success(Create(order, target!, OperationType.Capture, Executed, amount, request));
    }

    /// <summary>Refunds captured money; on an authorization with nothing captured, releases that much of it (a VOID).</summary>
    public static Result<Operation> Refund(Order order, Operation? target, long amount, string currency, OperationRequest request)
    {
        var limit = Check(order, target, OrderCommand.Refund, amount, currency, request);
        if (!limit.IsSuccess)
        {
            return limit.Error!;
        }

        var available = limit.Value!.MaxAmount;
        var releases = OrderLimits.RefundReleases(order, target!);
        if (amount > available)
        {
            return new AmountExceedsAvailableError(
                releases ? $"Only {Common.Currency.Format(available, order.Currency)} of this authorization is left to release."
                : available == 0 ? "Everything captured has already been refunded."
                : $"Only {Common.Currency.Format(available, order.Currency)} is left to refund.", available);
        }

        if (!releases)
        {
            return Result<Operation>.Success(Create(order, target!, OperationType.Refund, Executed, amount, request));
        }

        var released = Create(order, target!, OperationType.Void, Voided, amount, request);
        if (amount == available)
        {
            target!.ChangeResult(Voided);
        }

        return Result<Operation>.Success(released);
    }

    /// <summary>The gateway's cancel: only a capture, on its business day.</summary>
    public static Result<Operation> CancelCapture(Order order, Operation? target, OperationRequest request)
    {
        var limit = Check(order, target, OrderCommand.Cancel, amount: 1, order.Currency, request);
        if (!limit.IsSuccess)
        {
            return limit.Error!;
        }

        var cancel = Create(order, target!, OperationType.Cancel, Executed, limit.Value!.MaxAmount, request);
        target!.ChangeResult(Canceled);
        return Result<Operation>.Success(cancel);
    }

    /// <summary>Releases all that is left of an authorization with nothing captured; a refusal speaks of <paramref name="asked"/>.</summary>
    public static Result<Operation> Void(Order order, Operation? target, OperationRequest request, OrderCommand asked = OrderCommand.Void)
    {
        var limit = Check(order, target, OrderCommand.Void, amount: 1, order.Currency, request, asked);
        if (!limit.IsSuccess)
        {
            return limit.Error!;
        }

        var voided = Create(order, target!, OperationType.Void, Voided, limit.Value!.MaxAmount, request);
        target!.ChangeResult(Voided);
        return Result<Operation>.Success(voided);
    }

    /// <summary>Our GraphQL cancel: a capture is canceled as the gateway does; an authorization is voided (our extension).</summary>
    public static Result<Operation> Cancel(Order order, Operation? target, OperationRequest request) =>
        target?.OperationType == OperationType.Authorization
            ? Void(order, target, request, asked: OrderCommand.Cancel)
            : CancelCapture(order, target, request);

    /// <summary>What this operation accepts now: every command whose limit allows a move.</summary>
    public static IReadOnlyList<AvailableAction> AvailableActions(Order order, Operation target, DateTime now) =>
        Enum.GetValues<OrderCommand>()
            .Select(command => OrderLimits.Of(order, target, command, now))
            .Where(limit => limit is { IsSuccess: true, Value.MaxAmount: > 0 })
            .Select(limit => limit.Value!)
            .ToList();

    /// <summary>The checks every command shares, in the order a person would want them explained, then the command's limit.</summary>
    private static Result<AvailableAction> Check(
        Order order, Operation? target, OrderCommand command, long amount, string currency, OperationRequest request, OrderCommand? asked = null)
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

        return OrderLimits.Of(order, target, command, request.Now, asked);
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
}
