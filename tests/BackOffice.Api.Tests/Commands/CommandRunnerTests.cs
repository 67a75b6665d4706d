using BackOffice.Api.Security;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Common;
using BackOffice.Domain.Merchants;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Commands;
using BackOffice.Infrastructure.Outbox;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static BackOffice.Api.Tests.Mutations.MutationScenario;

namespace BackOffice.Api.Tests.Commands;

/// <summary>The runner on its own, without a door: what it writes, what it replays and how it meets a concurrent twin.</summary>
public sealed class CommandRunnerTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private ApiFactory Api => factory;

    [Fact]
    public async Task ACommandWritesItsOperationItsEventsAndItsKeyTogether()
    {
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 20);
        var before = await CountsAsync();

        var outcome = await RunAsync(new RefundOperation(paymentId, 100, "EUR", "runner"), Key());

        Assert.False(outcome.Replayed);
        Assert.Equal((OperationType.Refund, 100L, order.RefundedAmount + 100), (outcome.Value!.Operation.OperationType, outcome.Value.Operation.OperationAmount, outcome.Value.Order.RefundedAmount));
        Assert.Equal((before.Operations + 1, before.Events + 1, before.Records + 1), await CountsAsync());
    }

    [Fact]
    public async Task AReplayReturnsTheFirstResultAndWritesNothing()
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 21);
        var key = Key();
        var first = await RunAsync(new RefundOperation(paymentId, 100, "EUR", null), key);
        var before = await CountsAsync();

        var again = await RunAsync(new RefundOperation(paymentId, 100, "EUR", null), key);

        Assert.True(again.Replayed);
        Assert.Equal(first.Value!.Operation.OperationId, again.Value!.Operation.OperationId);
        Assert.Equal(first.Value.Order.RefundedAmount, again.Value.Order.RefundedAmount);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ADifferentCommandUnderAUsedKeyIsRefused()
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 22);
        var key = Key();
        await RunAsync(new RefundOperation(paymentId, 100, "EUR", null), key);
        var before = await CountsAsync();

        var other = await RunAsync(new CancelOperation(paymentId, null), key);

        Assert.IsType<IdempotencyKeyReusedError>(other.Error);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ATwinThatCommittedFirstIsReplayedNotRepeated()
    {
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 23);
        var key = Key();
        var command = new RefundOperation(paymentId, 100, "EUR", null);
        CommandOutcome<OperationCommandResult>? twin = null;

        using var scope = OperatorScope();
        var db = scope.ServiceProvider.GetRequiredService<BackOfficeDbContext>();
        var handlers = new ServiceCollection()
            .AddKeyedSingleton<ICommandHandler<OperationCommandResult>>(typeof(RefundOperation),
                new TwinFirst(new RefundOperationHandler(db), async () => twin = await RunAsync(command, key)))
            .BuildServiceProvider();
        var runner = new CommandRunner(db, handlers, new OutboxSignal(), Api.Clock, NullLogger<CommandRunner>.Instance);

        var outcome = await runner.RunAsync(command, Context(key), CancellationToken.None);

        Assert.False(twin!.Replayed);
        Assert.True(outcome.Replayed);
        Assert.Equal(twin.Value!.Operation.OperationId, outcome.Value!.Operation.OperationId);
        await using var check = Api.Db();
        Assert.Equal(1, await check.Operations.CountAsync(o => o.OrderKey == order.Id && o.OperationType == OperationType.Refund));
        Assert.Equal(order.RefundedAmount + 100, (await check.Orders.SingleAsync(o => o.Id == order.Id)).RefundedAmount);
    }

    [Fact]
    public async Task AnOrderChangedBetweenReadAndWriteIsDecidedAgain()
    {
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 24);
        Api.Bumper.ArmOnce();

        var outcome = await RunAsync(new RefundOperation(paymentId, 100, "EUR", null), Key());

        Assert.Equal(1, Api.Bumper.Fired);
        Assert.False(outcome.Replayed);
        Assert.Equal(order.RefundedAmount + 100, outcome.Value!.Order.RefundedAmount);
    }

    [Fact]
    public async Task AnInvalidDescriptionIsRefusedBeforeTheKeyIsLookedAt()
    {
        var outcome = await RunAsync(new CancelOperation("0000000000000000000", new string('x', Order.MaxTextLength + 1)), "not a valid key");

        Assert.Equal("description", Assert.IsType<InvalidInputError>(outcome.Error).Field);
    }

    private async Task<CommandOutcome<TResult>> RunAsync<TResult>(ICommand<TResult> command, string key)
    {
        using var scope = OperatorScope();
        return await scope.ServiceProvider.GetRequiredService<CommandRunner>().RunAsync(command, Context(key), CancellationToken.None);
    }

    private IServiceScope OperatorScope()
    {
        var scope = Api.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<RequestTenant>().SignIn(new AuthenticatedKey(OperatorKeyId(), "demo", ApiKeyRole.Operate));
        return scope;
    }

    private CommandContext Context(string key) => new(key, OperatorKeyId(), "runner-tests");

    private long OperatorKeyId()
    {
        using var db = Api.Db();
        return db.ApiKeys.Single(k => k.Name == "demo operator").Id;
    }

    private async Task<(int Operations, int Events, int Records)> CountsAsync()
    {
        await using var db = Api.Db();
        return (await db.Operations.CountAsync(), await db.OutboxEvents.CountAsync(), await db.IdempotencyRecords.CountAsync());
    }

    /// <summary>Lets a twin with the same key commit between this attempt's read and its write, once.</summary>
    private sealed class TwinFirst(ICommandHandler<OperationCommandResult> inner, Func<Task> twin) : ICommandHandler<OperationCommandResult>
    {
        private bool _done;

        public string Name => inner.Name;

        public DomainError? Validate(ICommand<OperationCommandResult> command) => inner.Validate(command);

        public async Task<Result<OperationCommandResult>> HandleAsync(
            ICommand<OperationCommandResult> command, CommandContext context, DateTime now, CancellationToken cancellationToken)
        {
            var decision = await inner.HandleAsync(command, context, now, cancellationToken);
            if (!_done)
            {
                _done = true;
                await twin();
            }

            return decision;
        }

        public string ResultId(OperationCommandResult result) => inner.ResultId(result);

        public Task<OperationCommandResult> ReplayAsync(string resultId, CancellationToken cancellationToken) => inner.ReplayAsync(resultId, cancellationToken);
    }
}
