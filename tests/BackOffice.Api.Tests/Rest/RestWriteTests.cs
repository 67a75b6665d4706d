using System.Net;
using System.Net.Http.Headers;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Contracts;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using static BackOffice.Api.Tests.Mutations.MutationScenario;

namespace BackOffice.Api.Tests.Rest;

/// <summary>Captures, refunds, cancels and deactivations over REST, against their own seeded database (they change it).</summary>
public sealed class RestWriteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private ApiFactory Api => factory;

    private RestClient Operator => new(Api, "demo-operator-key");

    private static Dictionary<string, string> WithKey(string key) => new() { ["Idempotency-Key"] = key };

    private static string HexKey() => Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..30];

    /// <summary>An authorization still inside its capture window, with nothing captured, not PayPal (it may be canceled).</summary>
    private async Task<(string OperationId, Order Order)> RecentAuthorizationAsync(int skip)
    {
        await using var db = Api.Db();
        var order = await db.Orders.AsNoTracking().Include(o => o.Operations)
            .Where(o => o.Status == OrderStatus.Authorized && o.Currency == "EUR" && o.Operations.All(op => op.PaymentCircuit != "PAYPAL"))
            .OrderByDescending(o => o.LastOperationTime).Skip(skip).FirstAsync();
        return (order.Operations.Single(o => o.ParentOperationId == null).OperationId, order);
    }

    [Fact]
    public async Task AReadKeyMayNotCapture()
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Authorized);
        var response = await new RestClient(Api).PostAsync($"/operations/{paymentId}/captures", """{"amount":"1","currency":"EUR"}""", WithKey(HexKey()));
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("BO0403", response.ErrorCode);
    }

    [Theory]
    [InlineData("captures", "not json")]
    [InlineData("refunds", """{"amount":5}""")]
    [InlineData("cancels", "[")]
    public async Task AReadKeyIsRefusedBeforeItsBodyIsRead(string command, string body)
    {
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured);
        var response = await new RestClient(Api).PostAsync($"/operations/{paymentId}/{command}", body); // no Idempotency-Key either
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("BO0403", response.ErrorCode);
        await using var db = Api.Db();
        Assert.Equal(order.Operations.Count, await db.Operations.CountAsync(o => o.OrderId == order.OrderId));
    }

    [Fact]
    public async Task AReadKeyMayNotDeactivate()
    {
        await using var db = Api.Db();
        var contractId = await db.Contracts.AsNoTracking().Where(c => c.Status == ContractStatus.Active).OrderByDescending(c => c.Id).Select(c => c.ContractId).FirstAsync();
        var response = await new RestClient(Api).PostAsync($"/contracts/{Uri.EscapeDataString(contractId)}/deactivation", "not json");
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("BO0403", response.ErrorCode);
        Assert.Equal(ContractStatus.Active, (await db.Contracts.AsNoTracking().SingleAsync(c => c.ContractId == contractId)).Status);
    }

    [Fact]
    public async Task ACaptureRetriedWithItsKeyAnswersTheSameAndWritesNothing()
    {
        var (paymentId, order) = await RecentAuthorizationAsync(skip: 1);
        var key = HexKey();
        var body = $$"""{"amount":"{{order.AuthorizedAmount}}","currency":"EUR","description":"rest capture"}""";
        var correlationId = "5a2b1f4e-7d3c-4b8a-9e6f-0c1d2e3f4a5b";
        var headers = new Dictionary<string, string>(WithKey(key)) { ["Correlation-Id"] = correlationId };

        var first = await Operator.PostAsync($"/operations/{paymentId}/captures", body, headers);
        var again = await Operator.PostAsync($"/operations/{paymentId}/captures", body, headers);
        var other = await Operator.PostAsync($"/operations/{paymentId}/captures", body.Replace("rest capture", "other"), headers);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(first.Body!.ToJsonString(), again.Body!.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, other.Status);
        Assert.Equal("BO0001", other.ErrorCode);
        var more = await Operator.PostAsync($"/operations/{paymentId}/captures", """{"amount":"1","currency":"EUR"}""", WithKey(HexKey()));
        Assert.Equal("PS0023", more.ErrorCode);
        await using var db = Api.Db();
        var capture = await db.Operations.AsNoTracking().SingleAsync(o => o.ParentOperationId == paymentId && o.OperationType == OperationType.Capture);
        Assert.Equal(first.Body["operationId"]!.GetValue<string>(), capture.OperationId);
        Assert.Equal(correlationId, capture.CorrelationId);
        Assert.Equal(Channel.Backoffice, capture.Channel);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("has spaces")]
    public async Task ACaptureWithoutAUsableKeyIsPS0025(string? key)
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Authorized);
        var response = await Operator.PostAsync($"/operations/{paymentId}/captures", """{"amount":"1","currency":"EUR"}""",
            key is null ? null : WithKey(key));
        Assert.Equal("PS0025", response.ErrorCode);
    }

    [Theory]
    [InlineData("""{"amount":5,"currency":"EUR"}""")]
    [InlineData("""{"amount":"-5","currency":"EUR"}""")]
    [InlineData("not json")]
    public async Task AnUnreadableBodyIsPS0026(string body)
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Authorized);
        var response = await Operator.PostAsync($"/operations/{paymentId}/captures", body, WithKey(HexKey()));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PS0026", response.ErrorCode);
    }

    [Fact]
    public async Task ARefundOverTheCapturedAmountIsPS0029()
    {
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR");
        await using var db = Api.Db();
        var capture = await db.Operations.AsNoTracking()
            .Where(o => o.OrderId == order.OrderId && o.OperationType == OperationType.Capture).Select(o => o.OperationId).FirstOrDefaultAsync() ?? paymentId;
        var response = await Operator.PostAsync($"/operations/{capture}/refunds", $$"""{"amount":"{{order.CapturedAmount + 1}}","currency":"EUR"}""", WithKey(HexKey()));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PS0029", response.ErrorCode);
    }

    [Fact]
    public async Task ACaptureOfAVoidedAuthorizationIsPS0022()
    {
        var (paymentId, _) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Voided && o.Currency == "EUR");
        var response = await Operator.PostAsync($"/operations/{paymentId}/captures", """{"amount":"1","currency":"EUR"}""", WithKey(HexKey()));
        Assert.Equal("PS0022", response.ErrorCode);
    }

    [Fact]
    public async Task ACancelOfTodaysCaptureIsDoneOnceAndARepeatIsRefusedWithoutWriting()
    {
        var (paymentId, order) = await RecentAuthorizationAsync(skip: 2);
        var capture = await Operator.PostAsync($"/operations/{paymentId}/captures", $$"""{"amount":"{{order.AuthorizedAmount}}","currency":"EUR"}""", WithKey(HexKey()));
        var captureId = capture.Body!["operationId"]!.GetValue<string>();

        var canceled = await Operator.PostAsync($"/operations/{captureId}/cancels", "{}");
        var repeated = await Operator.PostAsync($"/operations/{captureId}/cancels", """{"description":"again"}""");
        var onTheAuthorization = await Operator.PostAsync($"/operations/{paymentId}/cancels", "{}");

        Assert.Equal(HttpStatusCode.OK, canceled.Status);
        Assert.NotNull(canceled.Body!["operationTime"]);
        Assert.Equal(HttpStatusCode.BadRequest, repeated.Status);
        Assert.Equal(HttpStatusCode.BadRequest, onTheAuthorization.Status);
        await using var db = Api.Db();
        Assert.Equal(1, await db.Operations.CountAsync(o => o.ParentOperationId == captureId && o.OperationType == OperationType.Cancel));
        Assert.False(await db.Operations.AnyAsync(o => o.ParentOperationId == paymentId && o.OperationType == OperationType.Void));
    }

    [Fact]
    public async Task ADeactivationWithAnEmptyChunkedBodyIsDoneOnceAndARepeatIsPS0017()
    {
        await using var db = Api.Db();
        var contractId = await db.Contracts.AsNoTracking().Where(c => c.Status == ContractStatus.Active).OrderBy(c => c.Id).Select(c => c.ContractId).FirstAsync();
        var http = Api.CreateClient();

        async Task<HttpResponseMessage> DeactivateAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/contracts/{Uri.EscapeDataString(contractId)}/deactivation")
            {
                Content = new StreamContent(new MemoryStream()),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.TransferEncodingChunked = true;
            request.Headers.ExpectContinue = true;
            request.Headers.Add("X-Api-Key", "demo-operator-key");
            return await http.SendAsync(request);
        }

        using var first = await DeactivateAsync();
        using var again = await DeactivateAsync();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("\"contractStatus\":\"DEACTIVATED\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("\"code\":\"PS0017\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeactivatedContractLeavesTheRestLookupButGraphQLStillShowsIt()
    {
        await using var db = Api.Db();
        var customerId = await db.Contracts.AsNoTracking().Where(c => c.Status == ContractStatus.Active)
            .OrderByDescending(c => c.Id).Skip(5).Select(c => c.CustomerId).FirstAsync(); // not the contracts the other tests use
        var before = (await Operator.GetAsync($"/contracts/customers/{Uri.EscapeDataString(customerId)}")).Body!["contracts"]!.AsArray();
        var contractId = before[0]!["contractId"]!.GetValue<string>();

        var deactivated = await Operator.PostAsync($"/contracts/{Uri.EscapeDataString(contractId)}/deactivation", "");
        var after = await Operator.GetAsync($"/contracts/customers/{Uri.EscapeDataString(customerId)}");
        var graphql = (await Api.Client().PostAsync("query($c: String!) { contracts(customerId: $c) { nodes { contractId status } } }",
            new { c = customerId })).EnsureNoErrors();

        Assert.Equal(HttpStatusCode.OK, deactivated.Status);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(customerId, after.Body!["customerId"]!.GetValue<string>());
        Assert.Equal(before.Count - 1, after.Body["contracts"]!.AsArray().Count);
        Assert.DoesNotContain(after.Body["contracts"]!.AsArray(), c => c!["contractId"]!.GetValue<string>() == contractId);
        Assert.Contains(graphql.Data!["contracts"]!["nodes"]!.AsArray(),
            c => c!["contractId"]!.GetValue<string>() == contractId && c["status"]!.GetValue<string>() == "DEACTIVATED");
    }

    [Fact]
    public async Task ACancelOfAPayPalCaptureIsPS0001AndOfAnEarlierDaysCaptureIsPS0002()
    {
        await using var db = Api.Db();
        var captures = db.Operations.AsNoTracking()
            .Where(o => o.OperationType == OperationType.Capture && o.OperationResult == OperationResult.Executed);
        var payPal = await captures.Where(o => o.PaymentCircuit == "PAYPAL").Select(o => o.OperationId).FirstAsync();
        var earlier = await captures
            .Where(o => o.PaymentCircuit != "PAYPAL" && o.OperationTime < ApiFactory.Now.UtcDateTime.AddDays(-2))
            .Where(o => !db.Operations.Any(r => r.ParentOperationId == o.OperationId))
            .Select(o => o.OperationId).FirstAsync();

        Assert.Equal("PS0001", (await Operator.PostAsync($"/operations/{payPal}/cancels", "")).ErrorCode);
        Assert.Equal("PS0002", (await Operator.PostAsync($"/operations/{earlier}/cancels", "{}")).ErrorCode);
    }

    [Fact]
    public async Task ARestRefundLeavesTheSameOutboxEventAsAGraphQLRefund()
    {
        var (paymentId, order) = await PaymentOfAsync(Api, o => o.Status == OrderStatus.Captured && o.Currency == "EUR", skip: 3);
        await using var db = Api.Db();
        var capture = await db.Operations.AsNoTracking()
            .Where(o => o.OrderId == order.OrderId && o.OperationType == OperationType.Capture).Select(o => o.OperationId).FirstOrDefaultAsync() ?? paymentId;

        var response = await Operator.PostAsync($"/operations/{capture}/refunds", """{"amount":"100","currency":"EUR"}""", WithKey(HexKey()));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var refundId = response.Body!["operationId"]!.GetValue<string>();
        Assert.Equal(1, await db.OutboxEvents.CountAsync(e => e.OperationId == refundId));
    }

    [Fact]
    public async Task OurOwnFailureIs500WithTheCorrelationId()
    {
        Api.Faults.FailOnTable = "Contracts";
        try
        {
            var response = await Operator.GetAsync("/contracts/customers/CUST00001", new Dictionary<string, string> { ["Correlation-Id"] = "fault-check-1" });
            Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
            Assert.Equal("BO0500", response.ErrorCode);
            Assert.Contains("fault-check-1", response.Body!["errors"]![0]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        finally
        {
            Api.Faults.FailOnTable = null;
        }
    }

    [Fact]
    public async Task OverTheRateLimitTheRestDoorAnswers429InItsErrorShape()
    {
        using var limited = new ApiFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["RateLimiting:Enabled"] = "true", ["RateLimiting:Burst"] = "2", ["RateLimiting:PermitsPerSecond"] = "1",
            },
        };
        var client = new RestClient(limited);
        var statuses = new List<RestResponse>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add(await client.GetAsync("/orders?maxRecords=1"));
        }

        var limitedResponse = Assert.Single(statuses.Where(r => r.Status == HttpStatusCode.TooManyRequests).Take(1));
        Assert.Equal("BO0429", limitedResponse.ErrorCode);
        Assert.True(limitedResponse.Headers.Contains("Retry-After"));
    }
}
