using BackOffice.Domain.Orders;
using static BackOffice.Domain.Tests.Orders.OrderBuilder;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>
/// Every reachable (operation type, result, order status) × command: the decision, and after a success the order's
/// status; after a refusal, nothing changed. This table is the specification the transition table must meet.
/// CANCEL here is the gateway's (a capture only); our GraphQL cancel of an authorization is a VOID.
/// </summary>
public sealed class TransitionTests
{
    private const string Refused = "INVALID_OPERATION_STATE";

    public static TheoryData<string, OrderCommand, string> Decisions => new()
    {
        { "authorization open", OrderCommand.Capture, "PARTIALLY_CAPTURED" },
        { "authorization open", OrderCommand.Refund, "AUTHORIZED" },
        { "authorization open", OrderCommand.Cancel, Refused },
        { "authorization open", OrderCommand.Void, "VOIDED" },
        { "authorization partly captured", OrderCommand.Capture, "PARTIALLY_CAPTURED" },
        { "authorization partly captured", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "authorization partly captured", OrderCommand.Cancel, Refused },
        { "authorization partly captured", OrderCommand.Void, Refused },
        { "authorization fully captured", OrderCommand.Capture, Refused },
        { "authorization fully captured", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "authorization fully captured", OrderCommand.Cancel, Refused },
        { "authorization fully captured", OrderCommand.Void, Refused },
        { "authorization partly released", OrderCommand.Capture, "PARTIALLY_CAPTURED" },
        { "authorization partly released", OrderCommand.Refund, "AUTHORIZED" },
        { "authorization partly released", OrderCommand.Cancel, Refused },
        { "authorization partly released", OrderCommand.Void, "VOIDED" },
        { "authorization partly released, the rest captured", OrderCommand.Capture, Refused },
        { "authorization partly released, the rest captured", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "authorization partly released, the rest captured", OrderCommand.Cancel, Refused },
        { "authorization partly released, the rest captured", OrderCommand.Void, Refused },
        { "authorization whose capture was canceled", OrderCommand.Capture, "PARTIALLY_CAPTURED" },
        { "authorization whose capture was canceled", OrderCommand.Refund, "AUTHORIZED" },
        { "authorization whose capture was canceled", OrderCommand.Cancel, Refused },
        { "authorization whose capture was canceled", OrderCommand.Void, "VOIDED" },
        { "PayPal authorization open", OrderCommand.Capture, "PARTIALLY_CAPTURED" },
        { "PayPal authorization open", OrderCommand.Refund, "AUTHORIZED" },
        { "PayPal authorization open", OrderCommand.Cancel, Refused },
        { "PayPal authorization open", OrderCommand.Void, "VOIDED" },
        { "implicit capture", OrderCommand.Capture, Refused },
        { "implicit capture", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "implicit capture", OrderCommand.Cancel, "VOIDED" },
        { "implicit capture", OrderCommand.Void, Refused },
        { "implicit capture partly refunded", OrderCommand.Capture, Refused },
        { "implicit capture partly refunded", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "implicit capture partly refunded", OrderCommand.Cancel, Refused },
        { "implicit capture partly refunded", OrderCommand.Void, Refused },
        { "PayPal implicit capture", OrderCommand.Capture, Refused },
        { "PayPal implicit capture", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "PayPal implicit capture", OrderCommand.Cancel, Refused },
        { "PayPal implicit capture", OrderCommand.Void, Refused },
        { "explicit capture", OrderCommand.Capture, Refused },
        { "explicit capture", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "explicit capture", OrderCommand.Cancel, "AUTHORIZED" },
        { "explicit capture", OrderCommand.Void, Refused },
        { "explicit capture partly refunded", OrderCommand.Capture, Refused },
        { "explicit capture partly refunded", OrderCommand.Refund, "PARTIALLY_REFUNDED" },
        { "explicit capture partly refunded", OrderCommand.Cancel, Refused },
        { "explicit capture partly refunded", OrderCommand.Void, Refused },
    };

    /// <summary>States in which every command is refused.</summary>
    public static TheoryData<string, OrderCommand> Dead
    {
        get
        {
            var data = new TheoryData<string, OrderCommand>();
            var live = Decisions.Select(d => (string)d[0]).ToHashSet();
            foreach (var scenario in OrderScenarios.All.Keys.Where(s => !live.Contains(s)))
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
             "Refund Capture Executed", "Cancel Capture Executed", "Void Authorization Authorized"],
            allowed);
    }

    private static void AssertDecision(string scenario, OrderCommand command, string expected)
    {
        var (order, target) = OrderScenarios.All[scenario]();
        var before = (order.Operations.Count, order.Version, order.AuthorizedAmount, order.CapturedAmount, order.RefundedAmount, order.Status);
        var results = order.Operations.Select(o => o.OperationResult).ToList();

        var result = OrderScenarios.Execute(order, target, command, 1, Soon().Now);

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
}
