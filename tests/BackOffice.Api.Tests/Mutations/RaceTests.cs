using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using static BackOffice.Api.Tests.Mutations.MutationScenario;

namespace BackOffice.Api.Tests.Mutations;

/// <summary>Real parallel HTTP requests against the in-process server and its SQLite file: never more money out than in.</summary>
public sealed class RaceTests : IDisposable
{
    private readonly ApiFactory _api = new();

    [Fact]
    public async Task FiftyConcurrentRefundsRefundExactlyWhatFits()
    {
        var (paymentId, order) = await PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR" && o.CapturedAmount > 5_000);
        var each = order.CapturedAmount / 20 + 1; // 50 × each is far more than was captured; only 19 fit
        var fits = (int)(order.CapturedAmount / each);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => _api.Client("demo-operator-key").PostAsync(Refund,
            new { input = new { operationId = paymentId, amount = each, currency = "EUR", idempotencyKey = Key() } }))));

        var payloads = responses.Select(r => r.EnsureNoErrors().Data!["refundOperation"]!).ToList();
        Assert.Equal(fits, payloads.Count(p => p["operation"] is not null));
        Assert.All(payloads.Where(p => p["operation"] is null),
            p => Assert.Equal("AmountExceedsAvailableError", p["errors"]![0]!["__typename"]!.GetValue<string>()));

        await using var db = _api.Db();
        var after = await db.Orders.Include(o => o.Operations).SingleAsync(o => o.Id == order.Id);
        Assert.Equal(fits * each, after.RefundedAmount);
        Assert.True(after.RefundedAmount <= after.CapturedAmount);
        Assert.Equal(fits, after.Operations.Count(o => o.OperationType == OperationType.Refund));
        Assert.Equal(fits, await db.OutboxEvents.CountAsync(e => e.OrderKey == order.Id));
    }

    [Fact]
    public async Task TwentyConcurrentCallsWithOneKeyCreateOneOperation()
    {
        var (paymentId, order) = await PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 1);
        var key = Key();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _api.Client("demo-operator-key").PostAsync(
            "mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } errors { __typename } } }",
            new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = key } }))));

        var ids = responses.Select(r => r.EnsureNoErrors().Data!["refundOperation"]!["operation"]!["operationId"]!.GetValue<string>()).Distinct();
        Assert.Single(ids);
        await using var db = _api.Db();
        Assert.Equal(1, await db.Operations.CountAsync(o => o.OrderKey == order.Id && o.OperationType == OperationType.Refund));
        Assert.Equal(100, (await db.Orders.SingleAsync(o => o.Id == order.Id)).RefundedAmount);
    }

    [Fact]
    public async Task AConflictBetweenReadAndWriteIsDecidedAgainOnFreshTotals()
    {
        var (paymentId, order) = await PaymentOfAsync(_api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 2);
        _api.Bumper.ArmOnce();

        var payload = (await _api.Client("demo-operator-key").PostAsync(Refund,
            new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = Key() } })).EnsureNoErrors().Data!["refundOperation"]!;

        Assert.Equal(1, _api.Bumper.Fired);
        Assert.NotNull(payload["operation"]);
        await using var db = _api.Db();
        Assert.Equal(1, await db.Operations.CountAsync(o => o.OrderKey == order.Id && o.OperationType == OperationType.Refund));
        Assert.Equal(100, (await db.Orders.SingleAsync(o => o.Id == order.Id)).RefundedAmount);
    }

    public void Dispose() => _api.Dispose();
}
