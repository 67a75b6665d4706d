using BackOffice.Domain.Common;
using static BackOffice.Domain.Orders.OperationResult;

namespace BackOffice.Domain.Orders;

/// <summary>
/// Whether a command may act on an operation now and, if so, the most it may move and until when. The commands
/// decide with these limits and <see cref="Order.AvailableActions"/> lists them, so the two cannot disagree.
/// </summary>
internal static class OrderLimits
{
    public const int CaptureWindowDays = 4;
    public const int PayPalCaptureWindowDays = 29;
    public const string PayPal = "PAYPAL";

    private static readonly TimeZoneInfo BusinessTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    /// <summary>
    /// The limit of <paramref name="command"/> on <paramref name="target"/> at <paramref name="now"/>; a refusal
    /// speaks of <paramref name="asked"/> (a GraphQL cancel of an authorization is decided as a void).
    /// A maximum of zero means nothing is left to move; the command refuses any amount.
    /// </summary>
    public static Result<AvailableAction> Of(Order order, Operation target, OrderCommand command, DateTime now, OrderCommand? asked = null)
    {
        if (!TransitionTable.IsAllowed(command, target.OperationType, target.OperationResult))
        {
            return new InvalidOperationStateError(TransitionTable.Explain(asked ?? command, target.OperationType, target.OperationResult));
        }

        return command switch
        {
            OrderCommand.Capture => Capture(order, target, now),
            OrderCommand.Refund => Refund(order, target),
            OrderCommand.Cancel => Cancel(order, target, now),
            _ => Void(order),
        };
    }

    /// <summary>A refund on an authorization with nothing captured releases held money instead: it creates a VOID.</summary>
    public static bool RefundReleases(Order order, Operation target) =>
        target.OperationType == OperationType.Authorization && order.CapturedAmount == 0;

    public static IEnumerable<Operation> RefundsOf(Order order, Operation capture) => order.Operations.Where(o =>
        o.OperationType == OperationType.Refund && o.OperationResult == Executed && o.ParentOperationId == capture.OperationId);

    private static Result<AvailableAction> Capture(Order order, Operation target, DateTime now)
    {
        var window = target.PaymentCircuit == PayPal ? PayPalCaptureWindowDays : CaptureWindowDays;
        var until = Utc(target.OperationTime).AddDays(window);
        if (now > until)
        {
            return new InvalidOperationStateError(
                $"The authorization is older than {window} days and can no longer be captured; ask the customer to pay again.");
        }

        return Limit(order, OrderCommand.Capture, order.AuthorizedAmount - order.CapturedAmount, until);
    }

    private static Result<AvailableAction> Refund(Order order, Operation target)
    {
        if (RefundReleases(order, target))
        {
            return Limit(order, OrderCommand.Refund, order.AuthorizedAmount, null);
        }

        var available = order.CapturedAmount - order.RefundedAmount;
        if (!target.IsPayment)
        {
            available = Math.Min(available, target.OperationAmount - RefundsOf(order, target).Sum(r => r.OperationAmount));
        }

        return Limit(order, OrderCommand.Refund, available, null);
    }

    private static Result<AvailableAction> Cancel(Order order, Operation target, DateTime now)
    {
        if (target.PaymentCircuit == PayPal || order.Payment?.PaymentCircuit == PayPal)
        {
            return new InvalidOperationStateError("A PayPal capture cannot be canceled; refund it instead.");
        }

        var until = EndOfBusinessDay(target.OperationTime);
        if (now > until)
        {
            return new InvalidOperationStateError(
                "A capture can be canceled only on the business day it was made (Europe/Rome); refund it instead.");
        }

        if (RefundsOf(order, target).Any() || order.CapturedAmount - target.OperationAmount < order.RefundedAmount)
        {
            return new InvalidOperationStateError("This capture has been refunded, in part or in full; it can no longer be canceled.");
        }

        return Limit(order, OrderCommand.Cancel, target.OperationAmount, until);
    }

    private static Result<AvailableAction> Void(Order order) => order.CapturedAmount > 0
        ? new InvalidOperationStateError("Part of this authorization is captured; cancel those captures on the day they were made, or refund.")
        : Limit(order, OrderCommand.Void, order.AuthorizedAmount, null);

    private static Result<AvailableAction> Limit(Order order, OrderCommand command, long max, DateTime? until) =>
        Result<AvailableAction>.Success(new AvailableAction(command, Math.Max(max, 0), order.Currency, until));

    /// <summary>
    /// The last instant of the operation's business day in Rome: a cancel is accepted up to it, included. Times are
    /// kept to the millisecond (in the database and on the wire), so the day ends one millisecond before midnight.
    /// </summary>
    private static DateTime EndOfBusinessDay(DateTime time)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(Utc(time), BusinessTimeZone);
        return TimeZoneInfo.ConvertTimeToUtc(local.Date.AddDays(1), BusinessTimeZone).AddMilliseconds(-1);
    }

    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
