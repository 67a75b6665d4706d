using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Rest;

[Collection(DemoDataCollection.Name)]
public sealed partial class RestReadTests(ApiFactory api)
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task ARequestWithoutAValidKeyIs401InTheErrorShape(string? key)
    {
        var response = await new RestClient(api, key).GetAsync("/orders");
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("BO0401", response.ErrorCode);
        Assert.IsType<string>(response.Body!["errors"]![0]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task OrdersAreNewestFirstWithAmountsAsStringsAndTimesWithMilliseconds()
    {
        var response = await new RestClient(api).GetAsync("/orders?maxRecords=5&someUnknownParameter=1");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var orders = response.Body!["orders"]!.AsArray();
        Assert.Equal(5, orders.Count);
        var times = orders.Select(o => o!["lastOperationTime"]!.GetValue<string>()).ToList();
        Assert.All(times, t => Assert.Matches(IsoMilliseconds(), t));
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
        Assert.Matches("^[0-9]+$", orders[0]!["order"]!["amount"]!.GetValue<string>());
        Assert.Matches("^[0-9]+$", orders[0]!["capturedAmount"]!.GetValue<string>());
    }

    [Fact]
    public async Task PagingByToTimeSkipsNoRecordSharingTheLastRecordsTime()
    {
        var client = new RestClient(api);
        var all = (await client.GetAsync("/orders?maxRecords=500")).Body!["orders"]!.AsArray().Select(Id).ToList();
        var paged = new List<string>();
        var toTime = "";
        for (var page = 0; page < 200 && paged.Count < all.Count; page++)
        {
            var orders = (await client.GetAsync($"/orders?maxRecords=7{toTime}")).Body!["orders"]!.AsArray();
            Assert.All(orders.Take(1), o => Assert.True(toTime == "" || o!["lastOperationTime"]!.GetValue<string>() == Uri.UnescapeDataString(toTime[8..])));
            paged.AddRange(orders.Select(Id).Where(id => !paged.Contains(id)));
            toTime = "&toTime=" + Uri.EscapeDataString(orders[^1]!["lastOperationTime"]!.GetValue<string>());
        }

        Assert.Equal(all, paged.Take(all.Count)); // every order once, in order, ties at the page edges included

        static string Id(System.Text.Json.Nodes.JsonNode? o) => o!["order"]!["orderId"]!.GetValue<string>();
    }

    [Theory]
    [InlineData("/orders?fromTime=2026-09-01T00:00:00.000Z&toTime=2026-11-01T00:00:00.000Z")]
    [InlineData("/orders?maxRecords=501")]
    [InlineData("/orders?maxRecords=abc")]
    [InlineData("/orders?amountType=SOMETHING")]
    [InlineData("/orders?minAmount=-5")]
    [InlineData("/orders?orderState=OPEN")]
    [InlineData("/operations?fromTime=yesterday")]
    [InlineData("/operations?channel=PHONE")]
    public async Task AnInvalidParameterIsPS0026(string path)
    {
        var response = await new RestClient(api).GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PS0026", response.ErrorCode);
    }

    [Fact]
    public async Task OrdersToCaptureAreAuthorizedAndNotFullyCaptured()
    {
        var orders = (await new RestClient(api).GetAsync("/orders?orderState=TO_CAPTURE&maxRecords=500")).Body!["orders"]!.AsArray();
        Assert.NotEmpty(orders);
        Assert.All(orders, o => Assert.True(
            long.Parse(o!["capturedAmount"]!.GetValue<string>()) < long.Parse(o["authorizedAmount"]!.GetValue<string>())));
    }

    [Fact]
    public async Task AnOrderComesWithItsOperations()
    {
        var (operationId, order) = await AnyPaymentAsync();
        var response = await new RestClient(api).GetAsync($"/orders/{Uri.EscapeDataString(order.OrderId)}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(order.OrderId, response.Body!["orderStatus"]!["order"]!["orderId"]!.GetValue<string>());
        Assert.Contains(response.Body["operations"]!.AsArray(), o => o!["operationId"]!.GetValue<string>() == operationId);
    }

    [Fact]
    public async Task AnotherMerchantsOrderIs404()
    {
        await using var db = api.Db("other");
        var theirs = await db.Orders.AsNoTracking().Select(o => o.OrderId).FirstAsync();
        var response = await new RestClient(api).GetAsync($"/orders/{Uri.EscapeDataString(theirs)}");
        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("BO0404", response.ErrorCode);
    }

    [Fact]
    public async Task AnUnknownPathIs404InTheErrorShape()
    {
        var response = await new RestClient(api).GetAsync("/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("BO0404", response.ErrorCode);
    }

    [Theory]
    [InlineData("DELETE", "/orders/D0000001", "GET")]
    [InlineData("POST", "/orders", "GET")]
    [InlineData("GET", "/operations/x/refunds", "POST")]
    [InlineData("PUT", "/contracts/C.1/deactivation", "POST")]
    public async Task AWrongMethodIs405WithAllowInTheErrorShape(string method, string path, string allow)
    {
        var response = await new RestClient(api).SendAsync(new HttpMethod(method), path, "{}");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(allow, response.Allow);
        Assert.Equal("BO0405", response.ErrorCode);
        Assert.IsType<string>(response.Body!["errors"]![0]!["description"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "/orders/x/refunds")]
    [InlineData("DELETE", "/no-such-thing.json")]
    public async Task AnUnknownPathIs404WhateverTheMethod(string method, string path)
    {
        var response = await new RestClient(api).SendAsync(new HttpMethod(method), path, "");
        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("BO0404", response.ErrorCode);
    }

    [Fact]
    public async Task AnOperationIsNotWrapped()
    {
        var (operationId, order) = await AnyPaymentAsync();
        var response = await new RestClient(api).GetAsync($"/operations/{operationId}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(order.OrderId, response.Body!["orderId"]!.GetValue<string>());
        Assert.Matches(IsoMilliseconds(), response.Body["operationTime"]!.GetValue<string>());
        Assert.IsType<string>(response.Body["operationAmount"]!.GetValue<string>());
        Assert.False(response.Body.AsObject().ContainsKey("warnings"));
    }

    [Fact]
    public async Task NoOperationCarriesAWarningsKeyNotEvenNullOrEmpty()
    {
        var client = new RestClient(api);
        var listed = (await client.GetAsync("/operations?maxRecords=500")).Body!["operations"]!.AsArray();
        var (_, order) = await AnyPaymentAsync(o => o.Status == OrderStatus.Refunded || o.Status == OrderStatus.PartiallyRefunded);
        var ofAnOrder = (await client.GetAsync($"/orders/{Uri.EscapeDataString(order.OrderId)}")).Body!["operations"]!.AsArray();

        Assert.NotEmpty(listed);
        Assert.True(ofAnOrder.Count >= 2);
        Assert.All(listed.Concat(ofAnOrder), o => Assert.False(o!.AsObject().ContainsKey("warnings")));
    }

    [Fact]
    public async Task OperationsFilterByType()
    {
        var operations = (await new RestClient(api).GetAsync("/operations?operationType=CAPTURE&maxRecords=50")).Body!["operations"]!.AsArray();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.Equal("CAPTURE", o!["operationType"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AnAuthorizationOffersItsCapture()
    {
        var (operationId, order) = await AnyPaymentAsync(o => o.Status == OrderStatus.Authorized, newest: true);
        var actions = (await new RestClient(api).GetAsync($"/operations/{operationId}/actions")).Body!["actions"]!.AsArray();
        var capture = Assert.Single(actions, a => a!["type"]!.GetValue<string>() == "CAPTURE");
        Assert.Equal(order.AuthorizedAmount.ToString(System.Globalization.CultureInfo.InvariantCulture), capture!["amount"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACustomersContractsAreListed()
    {
        await using var db = api.Db();
        var customerId = await db.Contracts.AsNoTracking().Select(c => c.CustomerId).FirstAsync();
        var response = await new RestClient(api).GetAsync($"/contracts/customers/{Uri.EscapeDataString(customerId)}");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(customerId, response.Body!["customerId"]!.GetValue<string>());
        Assert.NotEmpty(response.Body["contracts"]!.AsArray());
    }

    [Fact]
    public async Task TheGatewaysCorrelationIdIsEchoed()
    {
        var id = "0f8fad5b-d9cb-469f-a165-70867728950e";
        var response = await new RestClient(api).GetAsync("/orders?maxRecords=1", new Dictionary<string, string> { ["Correlation-Id"] = id });
        Assert.Equal(id, response.Headers.GetValues("Correlation-Id").Single());
    }

    private async Task<(string OperationId, Order Order)> AnyPaymentAsync(System.Linq.Expressions.Expression<Func<Order, bool>>? where = null, bool newest = false)
    {
        await using var db = api.Db();
        var query = db.Orders.AsNoTracking().Include(o => o.Operations).Where(where ?? (o => true)).Where(o => o.LastOperationTime != null);
        var order = await (newest ? query.OrderByDescending(o => o.LastOperationTime) : query.OrderBy(o => o.Id)).FirstAsync();
        return (order.Operations.Single(o => o.ParentOperationId == null).OperationId, order);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex IsoMilliseconds();
}
