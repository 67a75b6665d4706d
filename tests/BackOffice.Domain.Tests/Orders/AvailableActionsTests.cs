using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using static BackOffice.Domain.Tests.Orders.OrderBuilder;

namespace BackOffice.Domain.Tests.Orders;

/// <summary>
/// The actions an operation lists are exactly what its commands accept: for every reachable state, command and
/// moment, an action is listed iff the command succeeds; its maximum is accepted and one unit more is refused;
/// its deadline is accepted and the next instant is not.
/// </summary>
public sealed class AvailableActionsTests
{
    /// <summary>Within the hour, days later (the cancel's business day is over), past the card capture window, past PayPal's.</summary>
    private static readonly TimeSpan[] Moments = [TimeSpan.FromHours(1), TimeSpan.FromDays(3), TimeSpan.FromDays(5), TimeSpan.FromDays(30)];

    public static TheoryData<string, OrderCommand, int> Cases
    {
        get
        {
            var data = new TheoryData<string, OrderCommand, int>();
            foreach (var scenario in OrderScenarios.All.Keys)
            {
                foreach (var command in Enum.GetValues<OrderCommand>())
                {
                    for (var moment = 0; moment < Moments.Length; moment++)
                    {
                        data.Add(scenario, command, moment);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void AnActionIsListedExactlyWhenItsCommandIsAccepted(string scenario, OrderCommand command, int moment)
    {
        var now = PaidAt + Moments[moment];
        var (order, target) = OrderScenarios.All[scenario]();
        var listed = order.AvailableActions(target, now).SingleOrDefault(a => a.Action == command);

        var (fresh, freshTarget) = OrderScenarios.All[scenario]();
        var accepted = OrderScenarios.Execute(fresh, freshTarget, command, 1, now);
        Assert.Equal(accepted.IsSuccess, listed is not null);
        if (listed is null)
        {
            return;
        }

        Assert.Equal(order.Currency, listed.Currency);
        AssertTheMaximumIsExact(scenario, command, listed, now);
        if (listed.Until is { } until)
        {
            Assert.True(Run(scenario, command, listed.MaxAmount, until).IsSuccess, "accepted at its deadline");
            Assert.False(Run(scenario, command, listed.MaxAmount, until.AddMilliseconds(1)).IsSuccess, "refused after its deadline");
            var (later, laterTarget) = OrderScenarios.All[scenario]();
            Assert.DoesNotContain(later.AvailableActions(laterTarget, until.AddMilliseconds(1)), a => a.Action == command);
        }
    }

    [Fact]
    public void AnOpenAuthorizationListsCaptureRefundAndVoidWithTheirLimits()
    {
        var order = Paid();
        order.Refund(order.Payment!.OperationId, 4_000, "EUR", Soon()).Succeeds();

        var actions = order.AvailableActions(order.Payment!.OperationId, Soon().Now);

        Assert.Equal(
            [
                new AvailableAction(OrderCommand.Capture, 6_000, "EUR", PaidAt.AddDays(4)),
                new AvailableAction(OrderCommand.Refund, 6_000, "EUR", null),
                new AvailableAction(OrderCommand.Void, 6_000, "EUR", null),
            ],
            actions);
    }

    [Fact]
    public void ACaptureCanBeCanceledUntilTheEndOfItsBusinessDayInRome()
    {
        var order = Paid(OperationType.Capture, OperationResult.Executed);

        var cancel = order.AvailableActions(order.Payment!.OperationId, Soon().Now).Single(a => a.Action == OrderCommand.Cancel);

        Assert.Equal(new DateTime(2026, 11, 24, 23, 0, 0, DateTimeKind.Utc).AddMilliseconds(-1), cancel.Until);
        Assert.Equal(10_000, cancel.MaxAmount);
    }

    [Fact]
    public void AnUnknownOperationHasNoActions() => Assert.Empty(Paid().AvailableActions("NOPE", Soon().Now));

    private static void AssertTheMaximumIsExact(string scenario, OrderCommand command, AvailableAction listed, DateTime now)
    {
        var atMax = Run(scenario, command, listed.MaxAmount, now);
        Assert.True(atMax.IsSuccess, atMax.Error?.Message);
        Assert.Equal(listed.MaxAmount, atMax.Value!.OperationAmount);
        if (command is OrderCommand.Capture or OrderCommand.Refund)
        {
            var over = Run(scenario, command, listed.MaxAmount + 1, now);
            Assert.Equal(listed.MaxAmount, Assert.IsType<AmountExceedsAvailableError>(over.Error).Available);
        }
    }

    private static Result<Operation> Run(string scenario, OrderCommand command, long amount, DateTime now)
    {
        var (order, target) = OrderScenarios.All[scenario]();
        return OrderScenarios.Execute(order, target, command, amount, now);
    }
}
