using System.Net;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Contracts;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Idempotency;
using Microsoft.EntityFrameworkCore;
using Snapshooter;
using Microsoft.Extensions.DependencyInjection;
using static BackOffice.Api.Tests.Mutations.MutationScenario;

namespace BackOffice.Api.Tests.Mutations;

/// <summary>Mutations over HTTP against their own seeded database (they change it). Each test takes its own orders.</summary>
public sealed class MutationTests(MutationTests.Fixture api) : IClassFixture<MutationTests.Fixture>
{
    public sealed class Fixture : IDisposable
    {
        public ApiFactory Api { get; } = new();

        public void Dispose() => Api.Dispose();
    }

    private ApiFactory Api => api.Api;

    private GraphQLClient Operator => Api.Client("demo-operator-key");

    [Fact]
    public async Task ARefundIsRecordedAndTheOrderFollows()
    {
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 0);
        const string query = """
            mutation($input: RefundOperationInput!) {
              refundOperation(input: $input) {
                operation { operationType operationResult operationAmount operationCurrency description channel }
                order { status refundedAmount }
                errors { __typename }
              }
            }
            """;
        var response = await Operator.PostAsync(query, new { input = new { operationId = paymentId, amount = 1000, currency = "EUR", description = "Damaged on arrival", idempotencyKey = Key() } });
        Assert.Equal(order.CapturedAmount, (await PaymentOfAsync(Api, o => o.Id == order.Id)).Order.CapturedAmount);
        Snapshot.Match(response.EnsureNoErrors().Normalized());
    }

    [Fact]
    public async Task ACaptureThenACancelOfThatCaptureLeaveTheAuthorizationOpen()
    {
        var (authorizationId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Authorized && o.CreatedAt > ApiFactory.Now.UtcDateTime.AddDays(-3));
        var captured = (await Operator.PostAsync(Capture, new { input = new { operationId = authorizationId, amount = order.Amount, currency = order.Currency, idempotencyKey = Key() } }))
            .EnsureNoErrors().Data!["captureOperation"]!;
        Assert.Equal("CAPTURED", captured["order"]!["status"]!.GetValue<string>());

        string captureId;
        await using (var db = Api.Db())
        {
            captureId = await db.Operations.Where(o => o.OrderId == order.OrderId && o.OperationType == OperationType.Capture).Select(o => o.OperationId).SingleAsync();
        }

        var canceled = (await Operator.PostAsync(Cancel, new { input = new { operationId = captureId, idempotencyKey = Key() } }))
            .EnsureNoErrors().Data!["cancelOperation"]!;
        Assert.Equal("CANCEL", canceled["operation"]!["operationType"]!.GetValue<string>());
        Assert.Equal("AUTHORIZED", canceled["order"]!["status"]!.GetValue<string>());
        Assert.Equal(0, canceled["order"]!["capturedAmount"]!.GetValue<long>());
    }

    [Fact]
    public async Task AnOpenAuthorizationIsVoided()
    {
        var (authorizationId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Authorized, skip: 3);
        var payload = (await Operator.PostAsync(Cancel, new { input = new { operationId = authorizationId, idempotencyKey = Key() } }))
            .EnsureNoErrors().Data!["cancelOperation"]!;
        Assert.Equal("VOID", payload["operation"]!["operationType"]!.GetValue<string>());
        Assert.Equal("VOIDED", payload["order"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task ARefundOfAnAuthorizationWithNothingCapturedReleasesItAsAVoid()
    {
        // Released in full at the end, so the order leaves the open authorizations the other tests pick from.
        var (authorizationId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Authorized, skip: 1);

        var part = (await Operator.PostAsync(Refund, new { input = new { operationId = authorizationId, amount = 100, currency = order.Currency, idempotencyKey = Key() } }))
            .EnsureNoErrors().Data!["refundOperation"]!;
        Assert.Equal("VOID VOIDED 100", $"{part["operation"]!["operationType"]} {part["operation"]!["operationResult"]} {part["operation"]!["operationAmount"]}");
        Assert.Equal("AUTHORIZED", part["order"]!["status"]!.GetValue<string>());
        Assert.Equal(order.Amount - 100, part["order"]!["authorizedAmount"]!.GetValue<long>());

        var refund = await ActionAsync(authorizationId, "REFUND");
        Assert.Equal(order.Amount - 100, refund["maxAmount"]!.GetValue<long>());
        var rest = (await Operator.PostAsync(Refund, new { input = new { operationId = authorizationId, amount = order.Amount - 100, currency = order.Currency, idempotencyKey = Key() } }))
            .EnsureNoErrors().Data!["refundOperation"]!;
        Assert.Equal("VOID", rest["operation"]!["operationType"]!.GetValue<string>());
        Assert.Equal("VOIDED", rest["order"]!["status"]!.GetValue<string>());
        Assert.Empty(await ActionsAsync(authorizationId));
    }

    [Fact]
    public async Task TheListedMaximumOfACaptureIsAcceptedAndOneUnitMoreIsRefused()
    {
        // Not in EUR: the snapshotted tests take captured EUR orders by position.
        var (authorizationId, order) = await PaymentOfAsync(
            Api, o => o.Status == OrderStatus.Authorized && o.Currency != "EUR" && o.CreatedAt > ApiFactory.Now.UtcDateTime.AddDays(-3));
        var capture = await ActionAsync(authorizationId, "CAPTURE");
        var max = capture["maxAmount"]!.GetValue<long>();
        Assert.Equal(order.Currency, capture["currency"]!.GetValue<string>());

        var over = (await Operator.PostAsync(Capture, new { input = new { operationId = authorizationId, amount = max + 1, currency = order.Currency, idempotencyKey = Key() } }))
            .EnsureNoErrors().Data!["captureOperation"]!;
        Assert.Equal(max, over["errors"]![0]!["available"]!.GetValue<long>());
        var exact = (await Operator.PostAsync(Capture, new { input = new { operationId = authorizationId, amount = max, currency = order.Currency, idempotencyKey = Key() } }))
            .EnsureNoErrors().Data!["captureOperation"]!;
        Assert.Equal("CAPTURED", exact["order"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain(await ActionsAsync(authorizationId), a => a!["action"]!.GetValue<string>() == "CAPTURE");
    }

    private static readonly string[] ErrorTypes = ["NotFoundError", "InvalidAmountError", "CurrencyMismatchError", "AmountExceedsAvailableError",
        "InvalidOperationStateError", "ContractAlreadyDeactivatedError", "IdempotencyKeyReusedError", "InvalidInputError"];

    public static TheoryData<string> ErrorCases => new(ErrorTypes);

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task EveryErrorTypeIsReachableAndWritesNothing(string errorType)
    {
        // Each case on its own order, so the cases cannot change each other's amounts.
        var caseIndex = Array.IndexOf(ErrorTypes, errorType);
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 20 + caseIndex);
        var (declinedId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Declined);
        string deactivatedContract;
        await using (var db = Api.Db())
        {
            deactivatedContract = await db.Contracts.Where(c => c.Status == ContractStatus.Deactivated).Select(c => c.ContractId).FirstAsync();
        }

        const string reusedKey = "reused-key-1"; // fixed: it appears in the snapshotted message
        if (errorType == "IdempotencyKeyReusedError")
        {
            (await Operator.PostAsync(Refund, new { input = new { operationId = paymentId, amount = 1, currency = "EUR", idempotencyKey = reusedKey } })).EnsureNoErrors();
        }

        var before = await CountsAsync();
        var (query, variables) = errorType switch
        {
            "NotFoundError" => (Refund, (object)new { input = new { operationId = "0000000000000000000", amount = 100, currency = "EUR", idempotencyKey = Key() } }),
            "InvalidAmountError" => (Refund, new { input = new { operationId = paymentId, amount = 0, currency = "EUR", idempotencyKey = Key() } }),
            "CurrencyMismatchError" => (Refund, new { input = new { operationId = paymentId, amount = 100, currency = "USD", idempotencyKey = Key() } }),
            "AmountExceedsAvailableError" => (Refund, new { input = new { operationId = paymentId, amount = order.CapturedAmount + 1, currency = "EUR", idempotencyKey = Key() } }),
            "InvalidOperationStateError" => (Refund, new { input = new { operationId = declinedId, amount = 100, currency = "EUR", idempotencyKey = Key() } }),
            "ContractAlreadyDeactivatedError" => (Deactivate, new { input = new { contractId = deactivatedContract, idempotencyKey = Key() } }),
            "IdempotencyKeyReusedError" => (Refund, new { input = new { operationId = paymentId, amount = 2, currency = "EUR", idempotencyKey = reusedKey } }),
            _ => (Refund, new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = "not a valid key" } }),
        };

        var response = await Operator.PostAsync(query, variables);
        var payload = response.EnsureNoErrors().Data!.AsObject().Single().Value!;
        Assert.Equal(errorType, payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(before, await CountsAsync());
        Snapshot.Match(response.Normalized(), SnapshotNameExtension.Create(errorType));
    }

    [Fact]
    public async Task TheSameKeyAndRequestReplayTheFirstPayloadAndWriteNothing()
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 10);
        var variables = new { input = new { operationId = paymentId, amount = 500, currency = "EUR", idempotencyKey = Key() } };
        const string query = "mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } order { refundedAmount } errors { __typename } } }";

        var first = (await Operator.PostAsync(query, variables)).EnsureNoErrors();
        var counts = await CountsAsync();
        var again = (await Operator.PostAsync(query, variables)).EnsureNoErrors();

        Assert.Equal(first.Normalized(), again.Normalized());
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task NoDescriptionAndTheSymbolForNullAreDifferentRequestsUnderOneKey()
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 12);
        var key = Key();
        (await Operator.PostAsync(Refund, new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = key } })).EnsureNoErrors();
        var before = await CountsAsync();

        var response = await Operator.PostAsync(Refund, new { input = new { operationId = paymentId, amount = 100, currency = "EUR", description = "\u2400", idempotencyKey = key } });

        Assert.Equal("IdempotencyKeyReusedError", response.EnsureNoErrors().Data!["refundOperation"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AKeyRecordedBeforeTheHashChangedStillReplaysItsRequest()
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 13);
        var key = Key();
        var first = (await Operator.PostAsync(Refund, new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = key } }))
            .EnsureNoErrors();
        await using (var db = Api.Db())
        {
            // As the previous release wrote it: fields joined by U+001F, null as U+2400, SHA-256 in lower-case hex.
            var legacy = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
                System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', "refundOperation", paymentId, "100", "EUR", "\u2400"))));
            await db.IdempotencyRecords.Where(r => r.Key == key).ExecuteUpdateAsync(u => u.SetProperty(r => r.RequestHash, legacy));
        }

        var before = await CountsAsync();
        var again = await Operator.PostAsync(Refund, new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = key } });

        Assert.Equal(first.Normalized(), again.EnsureNoErrors().Normalized());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AReadKeyIsForbiddenAndNothingIsWritten()
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured, skip: 11);
        var before = await CountsAsync();
        var response = await Api.Client("demo-reader-key").PostAsync(Refund, new { input = new { operationId = paymentId, amount = 1, currency = "EUR", idempotencyKey = Key() } });
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("FORBIDDEN", response.FirstErrorCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task AnotherMerchantsOperationIsNotFound()
    {
        string othersPayment;
        await using (var db = Api.Db("other"))
        {
            othersPayment = await db.Operations.Where(o => o.OperationType == OperationType.Capture && o.OperationResult == OperationResult.Executed)
                .Select(o => o.OperationId).FirstAsync();
        }

        var before = await CountsAsync("other");
        var response = await Operator.PostAsync(Refund, new { input = new { operationId = othersPayment, amount = 1, currency = "EUR", idempotencyKey = Key() } });
        Assert.Equal("NotFoundError", response.EnsureNoErrors().Data!["refundOperation"]!["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(before, await CountsAsync("other"));
    }

    [Fact]
    public async Task AContractIsDeactivatedOnce()
    {
        string contractId;
        await using (var db = Api.Db())
        {
            contractId = await db.Contracts.Where(c => c.Status == ContractStatus.Active).OrderBy(c => c.Id).Select(c => c.ContractId).FirstAsync();
        }

        var first = (await Operator.PostAsync(Deactivate, new { input = new { contractId, idempotencyKey = Key() } })).EnsureNoErrors();
        Assert.Equal("DEACTIVATED", first.Data!["deactivateContract"]!["contract"]!["status"]!.GetValue<string>());
        Assert.Equal("2026-11-24T12:00:00.000Z", first.Data!["deactivateContract"]!["contract"]!["deactivatedAt"]!.GetValue<string>());

        var second = (await Operator.PostAsync(Deactivate, new { input = new { contractId, idempotencyKey = Key() } })).EnsureNoErrors();
        Assert.Equal("ContractAlreadyDeactivatedError", second.Data!["deactivateContract"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnOperationRecordsItsKeyAndCorrelationIdAndItsEvents()
    {
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 12);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                query = Refund,
                variables = new { input = new { operationId = paymentId, amount = order.CapturedAmount, currency = "EUR", idempotencyKey = Key() } },
            }),
        };
        request.Headers.Add("X-Correlation-Id", "audit-trail-1");
        (await Operator.SendAsync(request)).EnsureNoErrors();

        await using var db = Api.Db();
        var refund = await db.Operations.SingleAsync(o => o.OrderId == order.OrderId && o.OperationType == OperationType.Refund);
        var key = await db.ApiKeys.SingleAsync(k => k.Id == refund.ApiKeyId);
        Assert.Equal(("demo operator", "audit-trail-1"), (key.Name, refund.CorrelationId));

        var events = await db.OutboxEvents.Where(e => e.OrderId == order.OrderId).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([refund.OperationId, paymentId], events.Select(e => e.OperationId));
        Assert.True(events[0].Sequence < events[1].Sequence);
        Assert.All(events, e => Assert.Equal("demo", e.MerchantId));
        Assert.Contains("\"previousResult\":\"Executed\"", events[1].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IdempotencyRecordsExpireAfterTheRetention()
    {
        var now = ApiFactory.Now.UtcDateTime;
        await using (var db = Api.Db())
        {
            db.IdempotencyRecords.AddRange(
                new IdempotencyRecord("demo", "aged-23h", "refundOperation", new string('0', 64), "x", now.AddHours(-23)),
                new IdempotencyRecord("demo", "aged-25h", "refundOperation", new string('0', 64), "x", now.AddHours(-25)));
            await db.SaveChangesAsync();
        }

        var deleted = await Api.Services.GetRequiredService<IdempotencyCleanup>().DeleteExpiredAsync(CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.True(await KeyExistsAsync("aged-23h"));
        Assert.False(await KeyExistsAsync("aged-25h"));
    }

    private async Task<System.Text.Json.Nodes.JsonArray> ActionsAsync(string operationId) =>
        (await Api.Client().PostAsync(
            "query($id: String!) { operation(operationId: $id) { availableActions { action maxAmount currency until } } }", new { id = operationId }))
        .EnsureNoErrors().Data!["operation"]!["availableActions"]!.AsArray();

    private async Task<System.Text.Json.Nodes.JsonNode> ActionAsync(string operationId, string action) =>
        (await ActionsAsync(operationId)).Single(a => a!["action"]!.GetValue<string>() == action)!;

    private async Task<bool> KeyExistsAsync(string key)
    {
        await using var db = Api.Db();
        return await db.IdempotencyRecords.AnyAsync(r => r.Key == key);
    }

    private async Task<(int Operations, int Events, int Records, long Refunded, int Deactivated)> CountsAsync(string merchant = "demo")
    {
        await using var db = Api.Db(merchant);
        return (await db.Operations.CountAsync(), await db.OutboxEvents.CountAsync(e => e.MerchantId == merchant), await db.IdempotencyRecords.CountAsync(),
            await db.Orders.SumAsync(o => o.RefundedAmount), await db.Contracts.CountAsync(c => c.Status == ContractStatus.Deactivated));
    }
}
