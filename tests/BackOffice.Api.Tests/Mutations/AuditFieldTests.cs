using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Contracts;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using static BackOffice.Api.Tests.Mutations.MutationScenario;

namespace BackOffice.Api.Tests.Mutations;

/// <summary>Who did what, read back through GraphQL: the key's name and the correlation id, never the key or its hash.</summary>
public sealed class AuditFieldTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string OperationQuery = """
        query($id: String!) {
          operation(operationId: $id) { operationType parentOperationId cancelledOperationId initiatedBy correlationId }
        }
        """;

    private ApiFactory Api => factory;

    private GraphQLClient Operator => Api.Client("demo-operator-key");

    [Fact]
    public async Task ACancelNamesTheCaptureItUndoesAndWhoAskedForIt()
    {
        var (authorizationId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Authorized && o.CreatedAt > ApiFactory.Now.UtcDateTime.AddDays(-3));
        var capture = await SendAsync(Capture, new { operationId = authorizationId, amount = order.Amount, currency = order.Currency, idempotencyKey = Key() }, "capture-1");
        var captureId = await NewOperationIdAsync(order.OrderId, OperationType.Capture);
        await SendAsync(Cancel, new { operationId = captureId, idempotencyKey = Key() }, "cancel-1");
        var cancelId = await NewOperationIdAsync(order.OrderId, OperationType.Cancel);

        var reader = Api.Client();
        var cancel = (await reader.PostAsync(OperationQuery, new { id = cancelId })).EnsureNoErrors().Data!["operation"]!;
        Assert.Equal("CANCEL", cancel["operationType"]!.GetValue<string>());
        Assert.Equal(captureId, cancel["parentOperationId"]!.GetValue<string>());
        Assert.Equal(captureId, cancel["cancelledOperationId"]!.GetValue<string>());
        Assert.Equal("demo operator", cancel["initiatedBy"]!.GetValue<string>());
        Assert.Equal("cancel-1", cancel["correlationId"]!.GetValue<string>());

        var captured = (await reader.PostAsync(OperationQuery, new { id = captureId })).EnsureNoErrors().Data!["operation"]!;
        Assert.Null(captured["cancelledOperationId"]);
        Assert.Equal("demo operator", captured["initiatedBy"]!.GetValue<string>());
        Assert.Equal("capture-1", captured["correlationId"]!.GetValue<string>());
        Assert.Null(capture["captureOperation"]!["errors"]);
    }

    [Fact]
    public async Task TheGatewaysOwnOperationsNameNoInitiator()
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured, skip: 5);
        var payment = (await Api.Client().PostAsync(OperationQuery, new { id = paymentId })).EnsureNoErrors().Data!["operation"]!;
        Assert.Null(payment["initiatedBy"]);
        Assert.Null(payment["correlationId"]);
        Assert.Null(payment["cancelledOperationId"]);
    }

    [Fact]
    public async Task AnInitiatorIsNeverTheKeyNorItsHash()
    {
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 7);
        await SendAsync(Refund, new { operationId = paymentId, amount = 100, currency = "EUR", idempotencyKey = Key() }, "refund-1");
        var refundId = await NewOperationIdAsync(order.OrderId, OperationType.Refund);

        var response = await Api.Client().PostAsync(OperationQuery, new { id = refundId });
        var text = response.EnsureNoErrors().Normalized();
        Assert.DoesNotContain("demo-operator-key", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Domain.Merchants.ApiKey.Hash("demo-operator-key"), text, StringComparison.Ordinal);
        Assert.Equal("demo operator", response.Data!["operation"]!["initiatedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADeactivationRecordsWhoDidItAndUnderWhichCorrelationId()
    {
        Contract contract;
        await using (var db = Api.Db())
        {
            contract = await db.Contracts.Where(c => c.Status == ContractStatus.Active).OrderByDescending(c => c.Id).FirstAsync();
        }

        await SendAsync(Deactivate, new { contractId = contract.ContractId, idempotencyKey = Key() }, "deactivate-1");

        var nodes = (await Api.Client().PostAsync(
                "query($c: String!) { contracts(customerId: $c) { nodes { contractId deactivatedBy deactivationCorrelationId } } }",
                new { c = contract.CustomerId }))
            .EnsureNoErrors().Data!["contracts"]!["nodes"]!.AsArray();
        var deactivated = Assert.Single(nodes, n => n!["contractId"]!.GetValue<string>() == contract.ContractId)!;
        Assert.Equal("demo operator", deactivated["deactivatedBy"]!.GetValue<string>());
        Assert.Equal("deactivate-1", deactivated["deactivationCorrelationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task AContractDeactivatedOutsideTheApiOrStillActiveNamesNobody()
    {
        Contract demoDeactivated, active;
        await using (var db = Api.Db())
        {
            demoDeactivated = await db.Contracts.Where(c => c.Status == ContractStatus.Deactivated && c.DeactivatedByApiKeyId == null).OrderBy(c => c.Id).FirstAsync();
            active = await db.Contracts.Where(c => c.Status == ContractStatus.Active).OrderBy(c => c.Id).FirstAsync();
        }

        foreach (var contract in new[] { demoDeactivated, active })
        {
            var nodes = (await Api.Client().PostAsync(
                    "query($c: String!) { contracts(customerId: $c) { nodes { contractId deactivatedBy deactivationCorrelationId } } }",
                    new { c = contract.CustomerId }))
                .EnsureNoErrors().Data!["contracts"]!["nodes"]!.AsArray();
            var node = Assert.Single(nodes, n => n!["contractId"]!.GetValue<string>() == contract.ContractId)!;
            Assert.Null(node["deactivatedBy"]);
            Assert.Null(node["deactivationCorrelationId"]);
        }
    }

    private async Task<System.Text.Json.Nodes.JsonNode> SendAsync(string mutation, object input, string correlationId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query = mutation, variables = new { input } }),
        };
        request.Headers.Add("X-Correlation-Id", correlationId);
        return (await Operator.SendAsync(request)).EnsureNoErrors().Data!;
    }

    private async Task<string> NewOperationIdAsync(string orderId, OperationType type)
    {
        await using var db = Api.Db();
        return await db.Operations.Where(o => o.OrderId == orderId && o.OperationType == type && o.Channel == Channel.Backoffice)
            .OrderByDescending(o => o.Id).Select(o => o.OperationId).FirstAsync();
    }
}
