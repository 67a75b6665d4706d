using BackOffice.Api.Common.Relay;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Commands;
using BackOffice.Infrastructure.Idempotency;
using BackOffice.Infrastructure.Outbox;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Persistence.SqlServer;

/// <summary>
/// Drives the API on SQL Server through every read path the schema offers (each listing with every filter operation
/// on every field, every sort both ways, each kind of page, totalCount, the child loads, the single lookups) and every
/// command, plus one round of the outbox dispatcher and of the idempotency cleanup, capturing each statement once.
/// The listings are walked from the schema itself: a field added tomorrow is covered without touching this file.
/// </summary>
public sealed class CapturedRun : IAsyncLifetime
{
    /// <summary>The tests that read one capture share it: it is taken once per test run.</summary>
    public const string Collection = "SQL Server statements";

    private readonly SqlServerApiFactory _api = new();
    private GraphQLClient _client = null!;

    public IReadOnlyList<CapturedStatement> Statements => _api.Capture.Statements;

    /// <summary>Requests that answered with errors (each a translation or execution failure on SQL Server).</summary>
    public List<string> Failures { get; } = [];

    public int Requests { get; private set; }

    public async Task InitializeAsync()
    {
        _client = new GraphQLClient(_api.CreateClient(), SampleData.OperatorKey);
        await ListingsAsync();
        await ChildLoadsAndLookupsAsync();
        await CommandsAsync();
        await RestDoorAsync();
        await PersistedQueriesAsync();
        await BackgroundRoundsAsync();
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    /// <summary>The rows every listing scenario reads: two orders (one with every optional column null), their operations, two contracts.</summary>
    private static SampleData ListingSamples()
    {
        var paid = SampleData.PaidOrder("ORD1", OperationType.Authorization, OperationResult.Authorized, SampleData.Now.AddHours(-2));
        var auth = paid.Operations[0];
        paid.Capture(auth.OperationId, 4_000, "EUR", new OperationRequest("OPCAPTURE1", SampleData.Now.AddHours(-1), "first part", SampleData.OperatorKeyId, "corr-1"));
        SampleData.WithKey(paid.Operations[1], 12);
        var deactivated = SampleData.ActiveContract();
        deactivated.Deactivate(SampleData.Now.AddDays(-1), SampleData.OperatorKeyId, "corr-2");
        var samples = new SampleData().Set("Orders", paid, SampleData.PendingOrder()).Set("Operations", [.. paid.Operations]);
        return samples.Set("Contracts", SampleData.ActiveContract(), SampleData.WithKey(deactivated, 4));
    }

    private async Task ListingsAsync()
    {
        var schema = _api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        foreach (var (field, leading) in new[] { ("orders", ""), ("operations", ""), ("contracts", "customerId: \"CUST00001\", ") })
        {
            var definition = schema.Query.GetField(field)!;
            var where = (IInputObjectGraphType)definition.Arguments!.Find("where")!.ResolvedType!.GetNamedType();
            var order = (IInputObjectGraphType)definition.Arguments!.Find("order")!.ResolvedType!.GetNamedType();
            foreach (var filtered in where.Fields.Where(f => f.Name is not ("and" or "or")))
            {
                var operations = (IInputObjectGraphType)filtered.ResolvedType!.GetNamedType();
                foreach (var operation in operations.Fields.Where(f => f.Name is not ("and" or "or")))
                {
                    var value = Literal(operation.ResolvedType!);
                    await RunAsync($"{field} where {filtered.Name} {operation.Name}",
                        $"{{ {field}({leading}where: {{ {filtered.Name}: {{ {operation.Name}: {value} }} }}) {{ totalCount nodes {{ __typename }} }} }}");
                }
            }

            foreach (var sorted in order.Fields)
            {
                foreach (var direction in new[] { "ASC", "DESC" })
                {
                    var sort = $"order: [{{ {sorted.Name}: {direction} }}]";
                    var first = await RunAsync($"{field} by {sorted.Name} {direction}, first page",
                        $"{{ {field}({leading}first: 2, {sort}) {{ pageInfo {{ startCursor endCursor }} nodes {{ __typename }} }} }}");
                    var pageInfo = first.Data?[field]?["pageInfo"];
                    var (start, end) = (pageInfo?["startCursor"]?.GetValue<string>(), pageInfo?["endCursor"]?.GetValue<string>());
                    await RunAsync($"{field} by {sorted.Name} {direction}, after (a row whose optional values are null where it has any)",
                        $"{{ {field}({leading}first: 2, after: \"{end}\", {sort}) {{ nodes {{ __typename }} }} }}");
                    await RunAsync($"{field} by {sorted.Name} {direction}, last before",
                        $"{{ {field}({leading}last: 2, before: \"{start}\", {sort}) {{ nodes {{ __typename }} }} }}");
                    await RunAsync($"{field} by {sorted.Name} {direction}, last page",
                        $"{{ {field}({leading}last: 2, {sort}) {{ nodes {{ __typename }} }} }}");
                }
            }

            await RunAsync($"{field} default order, first page with totalCount", $"{{ {field}({leading}first: 10) {{ totalCount nodes {{ __typename }} }} }}");
            await RunAsync($"{field} sorted on two fields", $"{{ {field}({leading}order: [{{ {order.Fields.ElementAt(1).Name}: ASC }}, {{ {order.Fields.First().Name}: DESC }}]) {{ nodes {{ __typename }} }} }}");
        }

        await RunAsync("orders where and/or nest", """
            { orders(where: { or: [{ amount: { gte: 100, lt: 5000 } }, { status: { in: [AUTHORIZED, CAPTURED] } }],
                              and: [{ orderId: { or: [{ startsWith: "ORD" }, { endsWith: "9" }] } }, { customerId: { neq: "CUST00002" } }] }) { totalCount nodes { __typename } } }
            """);
        await RunAsync("orders where nullable columns are null", """
            { orders(where: { customerId: { eq: null }, lastOperationTime: { eq: null }, lastOperationType: { eq: null }, customField: { in: [null, "ref-1"] } }) { totalCount nodes { __typename } } }
            """);
        await RunAsync("orders where a time is given to the tick (stored and compared to the millisecond)", """
            { orders(where: { createdAt: { gte: "2026-11-24T12:00:00.1234567Z" }, lastOperationTime: { lt: "2026-11-24T13:00:00.9999999+01:00" } }) { nodes { __typename } } }
            """);
        await RunAsync("orders where LIKE wildcards are literal", """
            { orders(where: { orderId: { contains: "50%_[x]" }, description: { startsWith: "50%_[x]" }, customField: { endsWith: "a]_%" } }) { nodes { __typename } } }
            """);
        // A status list sorted by an amount indexed within each status: one TOP(n) seek per status, their keys merged, then the rows.
        var capturedCursor = await CursorAsync("orders", "capturedAmount: DESC");
        foreach (var (name, where) in new[] { ("a status list", "status: { in: [CAPTURED, PENDING] }"), ("one status", "status: { eq: CAPTURED }") })
        {
            await RunAsync($"orders where {name}, by capturedAmount DESC, first page and after",
                $"{{ orders(where: {{ {where} }}, order: [{{ capturedAmount: DESC }}], first: 2) {{ nodes {{ __typename }} }} }}");
            await RunAsync($"orders where {name}, by capturedAmount DESC, after a cursor",
                $"{{ orders(where: {{ {where} }}, order: [{{ capturedAmount: DESC }}], first: 2, after: \"{capturedCursor}\") {{ nodes {{ __typename }} }} }}");
        }

        await RunAsync("orders where in-lists fill the filter budget (1,000 values)",
            $"{{ orders(where: {{ amount: {{ in: [{string.Join(',', Enumerable.Range(1, 500))}] }}, orderId: {{ nin: [{string.Join(',', Enumerable.Range(1, 500).Select(i => $"\"ORD{i}\""))}] }} }}, order: [{{ customerId: DESC }}], after: \"{await CursorAsync("orders", "customerId: DESC")}\") {{ totalCount nodes {{ __typename }} }} }}");
    }

    private async Task<string?> CursorAsync(string field, string sort)
    {
        var response = await RunAsync($"{field} by {sort}, a cursor", $"{{ {field}(first: 1, order: [{{ {sort} }}]) {{ pageInfo {{ endCursor }} }} }}");
        return response.Data?[field]?["pageInfo"]?["endCursor"]?.GetValue<string>();
    }

    private async Task ChildLoadsAndLookupsAsync()
    {
        const string operationFields = "operationId initiatedBy order { orderId } availableActions { action maxAmount }";
        await RunAsync("orders with their operations (batched), each sort of the child list", $$"""
            { orders(first: 2) { nodes { orderId operations { {{operationFields}} }
                byAmount: operations(order: [{ operationAmount: DESC }]) { operationId } } } }
            """);
        await RunAsync("operations with their orders, actions and initiators (batched)", $$"""{ operations(first: 2) { nodes { {{operationFields}} } } }""");
        await RunAsync("contracts with who deactivated them (batched)", """{ contracts(customerId: "CUST00001") { nodes { contractId deactivatedBy } } }""");
        await RunAsync("order(orderId) with its operations", $$"""{ order(orderId: "ORD1") { orderId operations { {{operationFields}} } } }""");
        await RunAsync("operation(operationId)", """{ operation(operationId: "OPORD1") { operationId } }""");
        foreach (var (type, value) in new[] { ("Order", "ORD1"), ("Operation", "OPORD1"), ("Contract", "CTR1") })
        {
            await RunAsync($"node({type})", $$"""{ node(id: "{{GlobalId.Encode(type, value)}}") { id } }""");
        }

        await RunAsync("viewer", "{ viewer { merchantId merchantName keyName role } }");
        await RunAsync("orderStatistics, filtered, by day of a zone", """
            { orderStatistics(where: { status: { in: [CAPTURED, AUTHORIZED] } }, bucket: DAY, timeZone: "Europe/Rome") {
                totals { currency orderCount amount capturedAmount pendingAmount declinedAmount } buckets { start volumes { currency refundedAmount } } } }
            """);
        await RunAsync("orderStatistics, the chart's local days from the quarter-hour totals", """
            { orderStatistics(where: { createdAt: { gte: "2026-10-24T22:00:00Z", lt: "2026-11-23T23:00:00Z" } }, bucket: DAY, timeZone: "Europe/Rome") {
                totals { currency orderCount amount capturedAmount pendingAmount declinedAmount } buckets { start volumes { currency refundedAmount } } } }
            """);
        using var export = new HttpRequestMessage(HttpMethod.Get,
            "/export/orders.csv?where=" + Uri.EscapeDataString("""{"customerId":{"startsWith":"CUST"}}""") + "&order=" + Uri.EscapeDataString("""[{"amount":"DESC"}]"""));
        await SendAsync("CSV export, filtered and sorted", export, ListingSamples());
    }

    private async Task CommandsAsync()
    {
        var authorized = SampleData.PaidOrder("ORD1", OperationType.Authorization, OperationResult.Authorized, SampleData.Now.AddHours(-1));
        var captured = SampleData.PaidOrder("ORD1", OperationType.Capture, OperationResult.Executed, SampleData.Now.AddMinutes(-1));
        const string payload = "operation { operationId } order { orderId status } errors { ... on Error { code message } }";
        await RunAsync("captureOperation", $$"""mutation { captureOperation(input: { operationId: "OPORD1", amount: 1000, currency: "EUR", description: "part", idempotencyKey: "k-capture" }) { {{payload}} } }""",
            new SampleData().WithOrder(authorized));
        await RunAsync("refundOperation", $$"""mutation { refundOperation(input: { operationId: "OPORD1", amount: 1000, currency: "EUR", idempotencyKey: "k-refund" }) { {{payload}} } }""",
            new SampleData().WithOrder(captured));
        await RunAsync("cancelOperation of a capture made today", $$"""mutation { cancelOperation(input: { operationId: "OPORD1", idempotencyKey: "k-cancel" }) { {{payload}} } }""",
            new SampleData().WithOrder(captured));
        await RunAsync("cancelOperation of an open authorization (void)", $$"""mutation { cancelOperation(input: { operationId: "OPORD1", idempotencyKey: "k-void" }) { {{payload}} } }""",
            new SampleData().WithOrder(SampleData.PaidOrder("ORD1", OperationType.Authorization, OperationResult.Authorized, SampleData.Now.AddHours(-1))));
        await RunAsync("deactivateContract", """mutation { deactivateContract(input: { contractId: "CTR1", idempotencyKey: "k-deactivate" }) { contract { status } errors { ... on Error { code } } } }""",
            new SampleData().Set("Contracts", SampleData.ActiveContract()));

        var replayed = new CaptureOperation("OPORD1", 1000, "EUR", "part");
        var record = SampleData.Record("k-capture", "captureOperation", CommandFingerprint.Of("captureOperation", replayed), "OPORD1");
        await RunAsync("captureOperation replayed by its idempotency key", $$"""mutation { captureOperation(input: { operationId: "OPORD1", amount: 1000, currency: "EUR", description: "part", idempotencyKey: "k-capture" }) { {{payload}} } }""",
            new SampleData().WithOrder(authorized).Set("IdempotencyRecords", record));
        var deactivation = SampleData.Record("k-deactivate", "deactivateContract", CommandFingerprint.Of("deactivateContract", new BackOffice.Infrastructure.Commands.DeactivateContract("CTR1")), "CTR1");
        await RunAsync("deactivateContract replayed by its idempotency key", """mutation { deactivateContract(input: { contractId: "CTR1", idempotencyKey: "k-deactivate" }) { contract { status } errors { ... on Error { code } } } }""",
            new SampleData().Set("Contracts", SampleData.ActiveContract()).Set("IdempotencyRecords", deactivation));
    }

    /// <summary>The REST door's own queries (time windows, its filters, an order by one of its operations) and its commands.</summary>
    private async Task RestDoorAsync()
    {
        var reads = new[]
        {
            "/orders", "/orders?orderId=ORD1&amountType=ORDER_AMOUNT&minAmount=1&maxAmount=100000&orderState=TO_CAPTURE&customField=ref-1&maxRecords=5",
            "/orders?amountType=AUTHORIZED_AMOUNT&minAmount=1&orderState=CAPTURED", "/orders?amountType=CAPTURED_AMOUNT&maxAmount=100000",
            "/orders/ORD1", "/operations", "/operations?channel=ECOMMERCE&operationType=CAPTURE&customField=ref-1&maxRecords=5",
            "/operations/OPORD1", "/operations/OPORD1/actions", "/contracts/customers/CUST00001",
        };
        foreach (var path in reads)
        {
            await RestAsync($"REST GET {path}", HttpMethod.Get, path, null, ListingSamples());
        }

        var authorized = SampleData.PaidOrder("ORD1", OperationType.Authorization, OperationResult.Authorized, SampleData.Now.AddHours(-1));
        var captured = SampleData.PaidOrder("ORD1", OperationType.Capture, OperationResult.Executed, SampleData.Now.AddMinutes(-1));
        await RestAsync("REST POST captures", HttpMethod.Post, "/operations/OPORD1/captures", """{ "amount": "1000", "currency": "EUR" }""", new SampleData().WithOrder(authorized));
        await RestAsync("REST POST refunds", HttpMethod.Post, "/operations/OPORD1/refunds", """{ "amount": "1000", "currency": "EUR" }""", new SampleData().WithOrder(captured));
        await RestAsync("REST POST cancels", HttpMethod.Post, "/operations/OPORD1/cancels", "{}", new SampleData().WithOrder(
            SampleData.PaidOrder("ORD1", OperationType.Capture, OperationResult.Executed, SampleData.Now.AddMinutes(-1))));
        await RestAsync("REST POST deactivation", HttpMethod.Post, "/contracts/CTR1/deactivation", null, new SampleData().Set("Contracts", SampleData.ActiveContract()));
    }

    private async Task RestAsync(string scenario, HttpMethod method, string path, string? body, SampleData samples)
    {
        using var request = new HttpRequestMessage(method, "/api/v1" + path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            request.Headers.Add("Idempotency-Key", "rest-" + scenario.Replace(' ', '-'));
        }

        await SendAsync(scenario, request, samples);
    }

    private async Task SendAsync(string scenario, HttpRequestMessage request, SampleData samples)
    {
        _api.Capture.Scenario = scenario;
        _api.Capture.Samples = samples;
        var response = await _client.SendAsync(request);
        Requests++;
        if (!response.Status.Equals(System.Net.HttpStatusCode.OK))
        {
            Failures.Add($"{scenario}: {(int)response.Status} {response.Body}\n{string.Join("\n", _api.Logs.Lines.Where(l => l.Contains("Exception", StringComparison.Ordinal)).TakeLast(1))}");
        }
    }

    /// <summary>Apollo's persisted queries: a hash looked up in vain, then registered with its text (the cap counted).</summary>
    private async Task PersistedQueriesAsync()
    {
        const string query = "{ orders(first: 1) { nodes { orderId } } }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));
        var body = System.Text.Json.JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });
        await SendAsync("persisted query registered", new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        }, ListingSamples());
    }

    /// <summary>One round of each loop: the outbox claim, the release of events whose order waits on an earlier one, the mark-sent; the cleanup.</summary>
    private async Task BackgroundRoundsAsync()
    {
        _api.Capture.Scenario = "outbox dispatcher round (claim, release, mark sent)";
        var order = SampleData.PaidOrder("ORD1", OperationType.Authorization, OperationResult.Authorized, SampleData.Now.AddHours(-1));
        order.Capture("OPORD1", 1_000, "EUR", new OperationRequest("OPCAPTURE1", SampleData.Now, null, SampleData.OperatorKeyId, "corr-1"));
        var events = order.Changes.Select((change, i) => (object)SampleData.WithKey(OperationEventContract.From(order, change, i + 1, SampleData.Now).ToOutbox(), i + 1));
        _api.Capture.Samples = new SampleData().Set("OutboxEvents", [.. events]);
        await _api.Services.GetRequiredService<OutboxDispatcher>().DispatchOnceAsync(CancellationToken.None);
        _api.Capture.Scenario = "idempotency cleanup round";
        await _api.Services.GetRequiredService<IdempotencyCleanup>().DeleteExpiredAsync(CancellationToken.None);
    }

    private async Task<GraphQLClient.GraphQLResponse> RunAsync(string scenario, string query, SampleData? samples = null)
    {
        _api.Capture.Scenario = scenario;
        _api.Capture.Samples = samples ?? ListingSamples();
        var response = await _client.PostAsync(query);
        Requests++;
        if (Environment.GetEnvironmentVariable("SQLSERVER_DUMP") is { } dump) // a file to append every answer to, when a scenario needs looking at
        {
            await File.AppendAllTextAsync(dump, $"{scenario}\n{response.Body}\n\n");
        }

        var payloadErrors = response.Data?.AsObject().Select(f => f.Value?["errors"]).FirstOrDefault(e => e is not null);
        if (response.Errors is not null || payloadErrors is not null)
        {
            Failures.Add($"{scenario}: {response.Body}\n{string.Join("\n", _api.Logs.Lines.Where(l => l.Contains("Exception", StringComparison.Ordinal)).TakeLast(1))}");
        }

        return response;
    }

    /// <summary>A GraphQL literal for an operation's input: a string, a number, a time, the first enum values, or a list of them.</summary>
    private static string Literal(IGraphType type, bool second = false)
    {
        if (type is NonNullGraphType nonNull)
        {
            return Literal(nonNull.ResolvedType!, second);
        }

        if (type is ListGraphType list)
        {
            var item = list.ResolvedType!.GetNamedType();
            return item is EnumerationGraphType @enum
                ? $"[{string.Join(", ", @enum.Values.Take(2).Select(v => v.Name))}]"
                : $"[{Literal(item)}, {Literal(item, second: true)}]";
        }

        return type switch
        {
            EnumerationGraphType @enum => @enum.Values.First().Name,
            StringGraphType => second ? "\"b2\"" : "\"A1\"",
            LongGraphType or IntGraphType => second ? "2" : "1",
            _ when type.Name == "DateTime" => second ? "\"2026-11-24T13:00:00.456Z\"" : "\"2026-11-24T12:00:00.123Z\"",
            _ => throw new NotSupportedException($"No literal for {type.Name}"),
        };
    }
}

[CollectionDefinition(CapturedRun.Collection)]
public sealed class CapturedRunCollection : ICollectionFixture<CapturedRun>;
