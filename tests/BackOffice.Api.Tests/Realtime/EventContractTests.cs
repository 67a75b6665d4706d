using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Snapshooter.Xunit;
using static BackOffice.Api.Tests.Realtime.ResumeScenario;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>
/// The event contract (outbox rows, Redis messages): its serialized form is pinned, and rows written by earlier
/// releases (version 1, or unversioned before it) still read and still resolve through GraphQL.
/// </summary>
public sealed class EventContractTests : IDisposable
{
    /// <summary>A version 1 row as stored: written by hand, never regenerated, so a change that breaks reading it fails here.</summary>
    private const string StoredVersion1 = """
        {"version":1,"eventId":"6f1c2a4e-0d2b-4a59-9d47-3f0b6c1e8a10","merchantId":"demo","orderKey":990001,"sequence":SEQUENCE,
         "occurredAt":"2026-11-24T12:00:00Z","previousResult":"Executed",
         "operation":{"id":0,"operationId":"OPV1STORED","orderId":"V1STORED","operationType":"Capture","operationResult":"Refunded",
           "operationAmount":4200,"operationCurrency":"EUR","operationTime":"2026-11-24T11:59:00Z","channel":"Ecommerce","paymentMethod":"CARD",
           "paymentCircuit":"VISA","paymentInstrumentInfo":"***6152","parentOperationId":null,"description":null,"contractId":null,
           "apiKeyId":null,"correlationId":"corr-v1"},
         "order":{"id":990001,"merchantId":"demo","orderId":"V1STORED","amount":4200,"currency":"EUR","customerId":"C1",
           "description":"stored before a rename","customField":null,"channel":"Ecommerce","createdAt":"2026-11-24T11:58:00Z",
           "authorizedAmount":4200,"capturedAmount":4200,"refundedAmount":4200,"status":"Refunded","lastOperationType":"Refund",
           "lastOperationTime":"2026-11-24T11:59:30Z","version":3}}
        """;

    /// <summary>What the outbox held before the contract was versioned: the entities' columns, by reflection.</summary>
    private const string Unversioned = """
        {"eventId":"0b9e4a55-8f7e-4c43-b1d4-2f7d8b9c0e11","merchantId":"demo","orderKey":12,"sequence":2,"occurredAt":"2026-11-24T12:00:00Z",
         "previousResult":null,
         "operation":{"id":31,"merchantId":"demo","orderKey":12,"orderId":"ORD12","operationId":"OP31","operationType":"Refund",
           "operationResult":"Executed","operationAmount":100,"operationCurrency":"EUR","operationTime":"2026-11-24T12:00:00Z","channel":"Backoffice",
           "paymentMethod":null,"paymentCircuit":null,"paymentInstrumentInfo":null,"parentOperationId":"OP30","description":null,
           "contractId":null,"apiKeyId":2,"correlationId":"c-1"},
         "order":{"id":12,"merchantId":"demo","orderId":"ORD12","amount":1000,"currency":"EUR","customerId":null,"description":null,
           "customField":null,"channel":"Ecommerce","createdAt":"2026-11-24T11:00:00Z","authorizedAmount":1000,"capturedAmount":1000,
           "refundedAmount":100,"status":"PartiallyRefunded","lastOperationType":"Refund","lastOperationTime":"2026-11-24T12:00:00Z",
           "version":2,"eventSequence":2}}
        """;

    private readonly ApiFactory _api = new();

    [Fact]
    public void TheSerializedFormIsPinned()
    {
        var time = new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);
        var order = Order.Place("demo", "SNAP1", 4200, "EUR", "C1", "a gift", Channel.Pos, time.AddMinutes(-2), "custom").Value!;
        order.RecordPayment(new PaymentRecord("OPSNAP1", OperationType.Authorization, OperationResult.Authorized, time.AddMinutes(-1),
            Channel.Pos, "CARD", "MC", "***0004"));
        var contract = OperationEventContract.From(order, order.Changes[0], 42, time) with { EventId = "00000000-0000-0000-0000-000000000001" };

        Snapshot.Match(JsonNode.Parse(contract.Serialize())!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public void AStoredVersionOneRowReadsIntoTheDomainItDescribes()
    {
        var read = OperationEventContract.Parse(StoredVersion1.Replace("SEQUENCE", "7", StringComparison.Ordinal));
        var order = read.Order.ToOrder();
        var operation = read.Operation.ToOperation(order);

        Assert.Equal((1, 7L, OperationResult.Executed), (read.Version, read.Sequence, read.PreviousOperationResult));
        Assert.Equal((990001L, "V1STORED", OrderStatus.Refunded, 4200L, OperationType.Refund, 3), (order.Id, order.OrderId, order.Status, order.RefundedAmount, order.LastOperationType, order.Version));
        Assert.Equal(("OPV1STORED", OperationType.Capture, OperationResult.Refunded, "***6152", "corr-v1", 990001L), (operation.OperationId, operation.OperationType, operation.OperationResult, operation.PaymentInstrumentInfo, operation.CorrelationId, operation.OrderKey));
    }

    [Fact]
    public void ARowWrittenBeforeTheContractWasVersionedReadsAsVersionOne()
    {
        var read = OperationEventContract.Parse(Unversioned);

        Assert.Equal((1, "OP30", 2L, OrderStatus.PartiallyRefunded), (read.Version, read.Operation.ParentOperationId, read.Operation.ApiKeyId, read.Order.ToOrder().Status));
        Assert.Null(read.PreviousOperationResult);
    }

    [Fact]
    public void ANewerVersionIsRefusedRatherThanMisread()
    {
        var newer = StoredVersion1.Replace("\"version\":1,", "\"version\":2,", StringComparison.Ordinal).Replace("SEQUENCE", "7", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => OperationEventContract.Parse(newer));
        Assert.Contains("version 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoredVersionOneRowIsDeliveredAndReplayedThroughGraphQL()
    {
        const string Query = """
            subscription($after: Long) {
              operationStatusChanged(orderId: "V1STORED", after: $after) {
                sequence previousResult
                operation { operationId operationType operationResult paymentInstrumentInfo correlationId }
                order { orderId status refundedAmount lastOperationType customerId }
              }
            }
            """;
        await using var live = await SubscribeAsync(_api, new { }, query: Query);
        await _api.WaitForSubscribersAsync(1);
        var sequence = await StoreAsync(StoredVersion1);

        var delivered = (await live.WaitForAsync(e => e.Count >= 1)).Single();
        await using var resumed = await SubscribeAsync(_api, new { after = sequence - 1 }, query: Query);
        var replayed = (await resumed.WaitForAsync(e => e.Count >= 1)).Single();

        var expected = $$$"""
            {"sequence":{{{sequence}}},"previousResult":"EXECUTED",
             "operation":{"operationId":"OPV1STORED","operationType":"CAPTURE","operationResult":"REFUNDED","paymentInstrumentInfo":"***6152","correlationId":"corr-v1"},
             "order":{"orderId":"V1STORED","status":"REFUNDED","refundedAmount":4200,"lastOperationType":"REFUND","customerId":"C1"}}
            """;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), delivered), delivered.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), replayed), replayed.ToJsonString());
    }

    /// <summary>Files a literal payload as the next outbox row of the demo merchant, as a writer of its release did.</summary>
    private async Task<long> StoreAsync(string payload)
    {
        await using var db = _api.Db();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Merchants\" SET \"LastEventSequence\" = \"LastEventSequence\" + 1 WHERE \"MerchantId\" = 'demo'");
        var sequence = await OutboxWriter.LatestAsync(db, "demo", CancellationToken.None);
        var stored = payload.Replace("SEQUENCE", sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        db.OutboxEvents.Add(new OutboxEvent("6f1c2a4e-0d2b-4a59-9d47-3f0b6c1e8a10", "demo", 990001, "V1STORED", sequence, "OPV1STORED", ApiFactory.Now.UtcDateTime, stored));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return sequence;
    }

    public void Dispose() => _api.Dispose();
}
