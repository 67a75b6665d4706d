using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Rest;

/// <summary>
/// The one place a refusal of the core becomes the gateway's code. The core refuses a move on an operation's state with
/// one error type; the gateway tells the reasons apart, so the target operation (as it stands after the refusal) says which.
/// </summary>
public static class GatewayErrors
{
    private const string PayPal = "PAYPAL";

    /// <param name="target">The operation the command was on; null for contracts, or when it does not exist.</param>
    /// <param name="targetRefunded">Whether a refund already gives back money of <paramref name="target"/>.</param>
    public static string CodeOf(DomainError error, OrderCommand? command, Operation? target, bool targetRefunded) => error switch
    {
        InvalidInputError { Field: "idempotencyKey" } => GatewayCodes.InvalidIdempotencyKey,
        InvalidInputError or InvalidAmountError => GatewayCodes.InvalidParameter,
        IdempotencyKeyReusedError => GatewayCodes.IdempotencyKeyReused,
        CurrencyMismatchError => GatewayCodes.CurrencyMismatch,
        AmountExceedsAvailableError when command == OrderCommand.Refund => GatewayCodes.AmountExceedsCaptured,
        AmountExceedsAvailableError { Available: 0 } when command == OrderCommand.Capture => GatewayCodes.OperationAlreadyExecuted,
        AmountExceedsAvailableError => GatewayCodes.AmountExceedsAuthorized,
        ContractAlreadyDeactivatedError => GatewayCodes.InvalidContract,
        InvalidOperationStateError when command == OrderCommand.Capture && target is not null => CaptureRefusal(target),
        InvalidOperationStateError when command == OrderCommand.Cancel && target is not null => CancelRefusal(target, targetRefunded),
        NotFoundError => GatewayCodes.NotFound,
        _ => GatewayCodes.OperationStateRefused,
    };

    private static string CaptureRefusal(Operation target) => target switch
    {
        { OperationResult: OperationResult.Voided } or { OperationType: OperationType.Void } => GatewayCodes.OperationVoided,
        { OperationResult: OperationResult.Refunded } or { OperationType: OperationType.Refund } => GatewayCodes.OperationRefunded,
        { OperationType: OperationType.Capture } or { OperationResult: OperationResult.Executed } => GatewayCodes.OperationAlreadyExecuted,
        _ => GatewayCodes.OperationStateRefused,
    };

    // The core checks a cancel in this order: PayPal, the capture's business day, then refunds.
    private static string CancelRefusal(Operation target, bool targetRefunded) => target switch
    {
        { OperationType: OperationType.Capture, PaymentCircuit: PayPal } => GatewayCodes.CancelNotAllowedForMethod,
        { OperationType: OperationType.Capture, OperationResult: OperationResult.Executed } when !targetRefunded => GatewayCodes.CancelNotSameDay,
        _ => GatewayCodes.OperationStateRefused,
    };
}
