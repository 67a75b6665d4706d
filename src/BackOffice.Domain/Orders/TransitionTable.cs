using BackOffice.Domain.Common;
using static BackOffice.Domain.Orders.OperationResult;

namespace BackOffice.Domain.Orders;

/// <summary>
/// Which operations each command may act on, by the target's type and current result. A pair absent from the
/// table is refused with <see cref="Explain"/>'s message; amounts, currency and time windows are checked after.
/// </summary>
public static class TransitionTable
{
    private static readonly HashSet<(OrderCommand, OperationType, OperationResult)> Allowed =
    [
        (OrderCommand.Capture, OperationType.Authorization, Authorized),
        (OrderCommand.Refund, OperationType.Authorization, Authorized), // nothing captured: releases (voids) the amount
        (OrderCommand.Refund, OperationType.Authorization, Executed),
        (OrderCommand.Refund, OperationType.Capture, Executed),
        (OrderCommand.Cancel, OperationType.Capture, Executed),
        (OrderCommand.Void, OperationType.Authorization, Authorized),
    ];

    public static bool IsAllowed(OrderCommand command, OperationType target, OperationResult result) =>
        Allowed.Contains((command, target, result));

    /// <summary>Why <paramref name="command"/> cannot act on an operation of this type and result, and what to do instead.</summary>
    public static string Explain(OrderCommand command, OperationType target, OperationResult result)
    {
        var verb = Verb(command);
        return (target, result) switch
        {
            (OperationType.Void or OperationType.Refund or OperationType.Cancel, _) =>
                $"A {Name(target)} cannot be {verb}; act on the order's authorization or capture instead.",
            (_, Declined or DeniedByRisk or ThreedsFailed or Failed) =>
                $"The payment was refused ({Name(result)}); there is nothing to be {verb}.",
            (_, Pending or ThreedsValidated) =>
                "The payment is still pending at the gateway; try again once it is authorized.",
            (_, Voided) => $"The authorization was voided; nothing on it can be {verb}.",
            (_, Canceled) => $"This {Name(target)} was canceled; nothing on it can be {verb}.",
            (_, Refunded) => $"This {Name(target)} is fully refunded; nothing on it can be {verb}.",
            (OperationType.Capture, _) when command == OrderCommand.Capture =>
                "This operation is already a capture; refund it, or cancel it on the day it was made.",
            (OperationType.Authorization, Authorized) when command == OrderCommand.Cancel =>
                "A cancel applies only to a capture; void the authorization, or refund part of it to release that part.",
            (OperationType.Capture, _) when command == OrderCommand.Void =>
                "Only an authorization can be voided; cancel the capture on the day it was made, or refund it.",
            (OperationType.Authorization, Executed) when command == OrderCommand.Capture =>
                "The authorization is fully captured; refund it instead.",
            (OperationType.Authorization, Executed) =>
                "The authorization is captured; cancel its captures on the day they were made, or refund instead.",
            _ => $"An operation of type {Name(target)} in result {Name(result)} cannot be {verb}.",
        };
    }

    private static string Verb(OrderCommand command) => command switch
    {
        OrderCommand.Capture => "captured",
        OrderCommand.Refund => "refunded",
        OrderCommand.Void => "voided",
        _ => "canceled",
    };

    private static string Name<T>(T value) where T : struct, Enum => ConstantCase.Of(value);
}
