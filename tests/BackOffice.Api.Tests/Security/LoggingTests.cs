using BackOffice.Api.Tests.Mutations;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Tests.Security;

public sealed class LoggingTests
{
    [Fact]
    public async Task ApiKeysNeverReachTheLogsButCorrelationIdsDo()
    {
        using var api = new ApiFactory();
        var (paymentId, _) = await MutationScenario.PaymentOfAsync(api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                query = MutationScenario.Refund,
                variables = new { input = new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = MutationScenario.Key() } },
            }),
        };
        request.Headers.Add("X-Correlation-Id", "log-check-1");
        (await api.Client("demo-operator-key").SendAsync(request)).EnsureNoErrors();
        await api.Client("leaky-secret-key").PostAsync("{ __typename }");
        api.Faults.FailOnTable = "Contracts";
        await api.Client("demo-reader-key").PostAsync("{ contracts(customerId: \"CUST00001\") { totalCount } }");
        api.Faults.FailOnTable = null;
        await using (var socket = await GraphQLWebSocketClient.ConnectAsync(api))
        {
            await socket.SendAsync(new { type = "connection_init", payload = new { X_Api_Key = "socket-secret-key" } });
            await socket.ClosedAsync();
        }

        // The demo keys are printed once at start on purpose (README, CONTRACT.md); requests never log a key.
        var lines = api.Logs.Lines.Where(l => !l.StartsWith("BackOffice.Infrastructure.Persistence.DatabaseInitializer", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("refundOperation done", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("log-check-1", StringComparison.Ordinal));
        foreach (var secret in new[] { "demo-operator-key", "demo-reader-key", "leaky-secret-key", "socket-secret-key" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
