using BackOffice.Domain.Orders;
using static BackOffice.Domain.Tests.Orders.OrderBuilder;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>Every reachable kind of operation state, each as a fresh order and the operation a command would target.</summary>
internal static class OrderScenarios
{
    public static readonly Dictionary<string, Func<(Order Order, string Target)>> All = new()
    {
        ["authorization open"] = () => Payment(Paid()),
        ["authorization partly captured"] = () => Payment(Paid(), o => Capture(o, 4_000)),
        ["authorization fully captured"] = () => Payment(Paid(), o => Capture(o, 10_000)),
        ["authorization refunded"] = () => Payment(Paid(), o => { Capture(o, 10_000); return Refund(o, 10_000); }),
        ["authorization voided"] = () => Payment(Paid(), o => o.Cancel(o.Payment!.OperationId, Soon()).Succeeds()),
        ["authorization partly released"] = () => Payment(Paid(), o => Refund(o, 4_000)),
        ["authorization released in full"] = () => Payment(Paid(), o => Refund(o, 10_000)),
        ["authorization partly released, the rest captured"] = () => Payment(Paid(), o => { Refund(o, 4_000); return Capture(o, 6_000); }),
        ["authorization whose capture was canceled"] = () => Payment(Paid(), o =>
            o.Cancel(Capture(o, 10_000).OperationId, Soon()).Succeeds()),
        ["authorization declined"] = () => Payment(Paid(result: OperationResult.Declined)),
        ["authorization denied by risk"] = () => Payment(Paid(result: OperationResult.DeniedByRisk)),
        ["authorization 3-D Secure failed"] = () => Payment(Paid(result: OperationResult.ThreedsFailed)),
        ["authorization failed"] = () => Payment(Paid(result: OperationResult.Failed)),
        ["authorization pending"] = () => Payment(Paid(result: OperationResult.Pending)),
        ["authorization 3-D Secure validated"] = () => Payment(Paid(result: OperationResult.ThreedsValidated)),
        ["PayPal authorization open"] = () => Payment(Paid(circuit: "PAYPAL")),
        ["implicit capture"] = () => Payment(Paid(OperationType.Capture, OperationResult.Executed)),
        ["implicit capture partly refunded"] = () => Payment(Paid(OperationType.Capture, OperationResult.Executed), o => Refund(o, 1_000)),
        ["implicit capture pending"] = () => Payment(Paid(OperationType.Capture, OperationResult.Pending)),
        ["implicit capture refunded"] = () => Payment(Paid(OperationType.Capture, OperationResult.Executed), o => Refund(o, 10_000)),
        ["implicit capture canceled"] = () => Payment(Paid(OperationType.Capture, OperationResult.Executed),
            o => o.Cancel(o.Payment!.OperationId, Soon()).Succeeds()),
        ["PayPal implicit capture"] = () => Payment(Paid(OperationType.Capture, OperationResult.Executed, circuit: "PAYPAL")),
        ["explicit capture"] = () => Created(Paid(), o => Capture(o, 10_000)),
        ["explicit capture partly refunded"] = () => Created(Paid(), o =>
        {
            var capture = Capture(o, 10_000);
            o.Refund(capture.OperationId, 1_000, "EUR", Soon()).Succeeds();
            return capture;
        }),
        ["explicit capture canceled"] = () => Created(Paid(), o =>
        {
            var capture = Capture(o, 10_000);
            o.Cancel(capture.OperationId, Soon()).Succeeds();
            return capture;
        }),
        ["refund"] = () => Created(Paid(OperationType.Capture, OperationResult.Executed), o => Refund(o, 1_000)),
        ["release"] = () => Created(Paid(), o => Refund(o, 1_000)),
        ["void"] = () => Created(Paid(), o => o.Cancel(o.Payment!.OperationId, Soon()).Succeeds()),
        ["cancel"] = () => Created(Paid(OperationType.Capture, OperationResult.Executed), o => o.Cancel(o.Payment!.OperationId, Soon()).Succeeds()),
    };

    /// <summary>Runs <paramref name="command"/> as its door would: a cancel is the gateway's (captures only).</summary>
    public static BackOffice.Domain.Common.Result<Operation> Execute(Order order, string target, OrderCommand command, long amount, DateTime now) =>
        command switch
        {
            OrderCommand.Capture => order.Capture(target, amount, order.Currency, At(now)),
            OrderCommand.Refund => order.Refund(target, amount, order.Currency, At(now)),
            OrderCommand.Cancel => order.CancelCapture(target, At(now)),
            _ => order.Void(target, At(now)),
        };

    private static Operation Capture(Order order, long amount) => order.Capture(order.Payment!.OperationId, amount, "EUR", Soon()).Succeeds();

    private static Operation Refund(Order order, long amount) => order.Refund(order.Payment!.OperationId, amount, "EUR", Soon()).Succeeds();

    /// <summary>The state after <paramref name="arrange"/>, acting on the order's payment operation.</summary>
    private static (Order, string) Payment(Order order, Func<Order, Operation>? arrange = null)
    {
        arrange?.Invoke(order);
        return (order, order.Payment!.OperationId);
    }

    /// <summary>The state after <paramref name="arrange"/>, acting on the operation it created.</summary>
    private static (Order, string) Created(Order order, Func<Order, Operation> arrange) => (order, arrange(order).OperationId);
}
