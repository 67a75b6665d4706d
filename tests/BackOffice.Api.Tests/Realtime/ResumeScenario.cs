using BackOffice.Api.Tests.Mutations;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Outbox;
using static BackOffice.Api.Tests.Support.GraphQLWebSocketClient;

namespace BackOffice.Api.Tests.Realtime;

/// <summary>What the resume tests share: a subscription that may resume, partial refunds (one event each), the merchant's latest sequence.</summary>
internal static class ResumeScenario
{
    public const string Events = """
        subscription($orderId: String, $after: Long) {
          operationStatusChanged(orderId: $orderId, after: $after) { eventId sequence operation { operationId operationType } order { orderId } }
        }
        """;

    /// <summary>A captured EUR payment with room for many small refunds; each refund of it leaves exactly one event.</summary>
    public static async Task<(string PaymentId, Order Order)> RefundablePaymentAsync(ApiFactory api, int skip = 0) =>
        await MutationScenario.PaymentOfAsync(api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR" && o.CapturedAmount > 5000, skip);

    /// <summary>Refunds 1.00 of the payment; the new refund's operation id.</summary>
    public static async Task<string> RefundAsync(ApiFactory api, string paymentId)
    {
        var payload = (await api.Client("demo-operator-key").PostAsync(
                "mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } } }",
                new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = MutationScenario.Key() } }))
            .EnsureNoErrors().Data!["refundOperation"]!;
        return payload["operation"]!["operationId"]!.GetValue<string>();
    }

    public static async Task<EventCollector> SubscribeAsync(ApiFactory api, object variables, string key = "demo-reader-key", string query = Events)
    {
        var client = await ConnectAndInitAsync(api, key);
        await client.SubscribeAsync("1", query, variables);
        return new EventCollector(client);
    }

    public static async Task<long> LatestAsync(ApiFactory api, string merchantId = "demo")
    {
        await using var db = api.Db(merchantId);
        return await OutboxWriter.LatestAsync(db, merchantId, CancellationToken.None);
    }

    public static string OperationIdOf(System.Text.Json.Nodes.JsonNode e) => e["operation"]!["operationId"]!.GetValue<string>();
}
