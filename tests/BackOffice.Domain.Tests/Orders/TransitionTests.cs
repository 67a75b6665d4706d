using BackOffice.Domain.Orders;
using static BackOffice.Domain.Tests.Orders.OrderBuilder;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>
/// Every reachable (operation type, result, order status) × command: the decision, and after a success the order's
/// status; after a refusal, nothing changed. This table is the specification the transition table must meet.
/// </summary>
public sealed class TransitionTests
{
    private const string Refused = "INVALID_OPERATION_STATE";

    private static readonly Dictionary<string, Func<(Order Order, string Target)>> Scenarios = new()
    {
        ["authorization open"] = () => Payment(Paid()),
        ["authorization partly captured"] = () => Payment(Paid(), o => Capture(o, 4_000)),
        ["authorization fully captured"] = () => Payment(Paid(), o => Capture(o, 10_000)),
        ["authorization refunded"] = () => Payment(Paid(), o => { Capture(o, 10_000); return Refund(o, 10_000); }),
        ["authorization voided"] = () => Payment(Paid(), o => o.Cancel(o.Payment!.OperationId, Soon()).Succeeds()),
        ["authorization declined"] = () => Payment(Paid(result: OperationResult.Declined)),
        ["authorization denied by risk"] = () => Payment(Paid(result: OperationResult.DeniedByRisk)),
        ["authorization 3-D Secure failed"] = () => Payment(Paid(result: OperationResult.ThreedsFailed)),
        ["authorization failed"] = () => Payment(Paid(result: OperationResult.Failed)),
        ["authorization pending"] = () => Payment(Paid(result: OperationResult.Pending)),
        ["authorization 3-D Secure validated"] = () => Payment(Paid(result: OperationResult.ThreedsValidated)),
        ["implicit capture"] = () => Payment(Paid(OperationType.Capture, OperationResult.Executed)),
        ["implicit capture pending"] = () => Payment(Paid(OperationType.Capture, OperationResult.Pending)),
        ["implicit capture refunded"] = () => Payment(Paid(OperationType.Capture, OperationResult.Executed), o => Refund(o, 10_000)),
        ["implicit capture canceled"] = () => Payment(Paid(OperationType.Capture, OperationResult.Executed),
            o => o.Cancel(o.Payment!.OperationId, Soon()).Succeeds()),
        ["explicit capture"] = () => Created(Paid(), o => Capture(o, 10_000)),
        ["explicit capture canceled"] = () => Created(Paid(), o =>
        {
            var capture = Capture(o, 10_000);
            o.Cancel(capture.OperationId, Soon()).Succeeds();
            return capture;
        }),
        ["refund"] = () => Created(Paid(OperationType.Capture, OperationResult.Executed), o => Refund(o, 1_000)),
        ["void"] = () => Created(Paid(), o => o.Cancel(o.Payment!.OperationId, Soon()).Succeeds()),
        ["cancel"] = () => Created(Paid(OperationType.Capture, OperationResult.Executed), o => o.Cancel(o.Payment!.OperationId, Soon()).Succeeds()),
    };

    public static TheoryData<string, OrderCommand, string> Decisions => new()
    {
        { "authorization open", OrderCommand.Capture, "PARTIALLY_CAPTURED" },
        { "authorization open", OrderCommand.Refund, Refused },
        { "authorization open", OrderCommand.Cancel, "VOIDED" },
        { "authorization partly captured", OrderCommand.Capture, "PARTIALLY_CAPTURED" },
        { "authorization partly captured", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "authorization partly captured", OrderCommand.Cancel, Refused },
        { "authorization fully captured", OrderCommand.Capture, Refused },
        { "authorization fully captured", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "authorization fully captured", OrderCommand.Cancel, Refused },
        { "implicit capture", OrderCommand.Capture, Refused },
        { "implicit capture", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "implicit capture", OrderCommand.Cancel, "VOIDED" },
        { "explicit capture", OrderCommand.Capture, Refused },
        { "explicit capture", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "explicit capture", OrderCommand.Cancel, "AUTHORIZED" },
    };

    /// <summary>States in which every command is refused.</summary>
    public static TheoryData<string, OrderCommand> Dead
    {
        get
        {
            var data = new TheoryData<string, OrderCommand>();
            var live = Decisions.Select(d => (string)d[0]).ToHashSet();
            foreach (var scenario in Scenarios.Keys.Where(s => !live.Contains(s)))
            {
                foreach (var command in Enum.GetValues<OrderCommand>())
                {
                    data.Add(scenario, command);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public void LiveStatesDecideAsSpecified(string scenario, OrderCommand command, string expected) =>
        AssertDecision(scenario, command, expected);

    [Theory]
    [MemberData(nameof(Dead))]
    public void FinishedRefusedAndPendingStatesRefuseEverything(string scenario, OrderCommand command) =>
        AssertDecision(scenario, command, Refused);

    [Fact]
    public void TheTableAllowsExactlyTheSpecifiedMoves()
    {
        var allowed = (from command in Enum.GetValues<OrderCommand>()
                       from type in Enum.GetValues<OperationType>()
                       from result in Enum.GetValues<OperationResult>()
                       where TransitionTable.IsAllowed(command, type, result)
                       select $"{command} {type} {result}").ToList();
        Assert.Equal(
            ["Capture Authorization Authorized", "Refund Authorization Authorized", "Refund Authorization Executed",
             "Refund Capture Executed", "Cancel Authorization Authorized", "Cancel Capture Executed"],
            allowed);
    }

    private static void AssertDecision(string scenario, OrderCommand command, string expected)
    {
        var (order, target) = Scenarios[scenario]();
        var before = (order.Operations.Count, order.Version, order.AuthorizedAmount, order.CapturedAmount, order.RefundedAmount, order.Status);
        var results = order.Operations.Select(o => o.OperationResult).ToList();

        var result = command switch
        {
            OrderCommand.Capture => order.Capture(target, 1, "EUR", Soon()),
            OrderCommand.Refund => order.Refund(target, 1, "EUR", Soon()),
            _ => order.Cancel(target, Soon()),
        };

        if (expected == Refused)
        {
            Assert.Equal(Refused, result.Error?.Code);
            Assert.False(string.IsNullOrWhiteSpace(result.Error!.Message));
            Assert.Equal(before, (order.Operations.Count, order.Version, order.AuthorizedAmount, order.CapturedAmount, order.RefundedAmount, order.Status));
            Assert.Equal(results, order.Operations.Select(o => o.OperationResult));
        }
        else
        {
            Assert.True(result.IsSuccess, result.Error?.Message);
            Assert.Equal(expected, Common.ConstantCase.Of(order.Status));
            Assert.Equal(before.Count + 1, order.Operations.Count);
            Assert.Equal(target, result.Value!.ParentOperationId);
            Assert.True(order.RefundedAmount <= order.CapturedAmount && order.CapturedAmount <= order.AuthorizedAmount);
        }
    }

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
