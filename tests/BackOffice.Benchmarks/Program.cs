using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.Benchmarks;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// dotnet run -c Release --project tests/BackOffice.Benchmarks -- --orders 1000000 [--connections 32 --duration 10 --sockets 1000,10000]
if (args is ["raw-server", var rawPort])
{
    await FanOut.ServeRawAsync(int.Parse(rawPort, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

var options = BenchmarkOptions.Parse(args);
var database = Path.Combine(options.Output, $"bench-{options.Orders}.db");
Directory.CreateDirectory(options.Output);
var report = new Report(options);

Console.WriteLine($"Seeding (or reusing) {database} with {options.Orders:N0} orders…");
var seconds = await ApiProcess.SeedAsync(new SqliteConnectionStringBuilder { DataSource = database }.ToString(), options.Orders);
report.Note($"Seeding to {options.Orders:N0} orders took {seconds:N1} s (a reused database only checks its count); each run measures a fresh copy of it.");
var connectionString = RunDatabase.CopyOf(database, Path.ChangeExtension(database, ".run.db"));

if (options.Api is { } apiDll)
{
    ApiProcess.Dll = Path.GetFullPath(apiDll);
}
else if (options.Published)
{
    Console.WriteLine("Publishing the API as the image does (ReadyToRun)…");
    ApiProcess.Dll = await ApiProcess.PublishAsync(Path.Combine(Path.GetFullPath(options.Output), "api-published"));
}

report.Note($"Server: {(options.Api is not null || options.Published ? $"published build {ApiProcess.Dll}" : "the Release build output (JIT; the image publishes ReadyToRun: --published)")}.");

const string Fields = "orderId amount currency customerId status channel createdAt authorizedAmount capturedAmount refundedAmount";
var firstPage = $"{{ orders(first: 50, order: [{{ createdAt: DESC }}]) {{ nodes {{ {Fields} }} }} }}";

// First, before the other servers start: a fresh instance, loaded from the moment it says ready.
if (options.Runs(ColdStart.Name))
{
    Console.WriteLine($"Running {ColdStart.Name}…");
    var cold = options.Smoke
        ? await ColdStart.RunAsync(connectionString, firstPage, options.Connections, seconds: 2, settleSeconds: 2, warmSeconds: 1, options.ColdSettings)
        : await ColdStart.RunAsync(connectionString, firstPage, options.Connections, seconds: 10, settleSeconds: 25, warmSeconds: 5, options.ColdSettings);
    Console.WriteLine($"  ready after {cold.StartMs:N0} ms ({cold.StartCpuMs:N0} ms CPU); per second: {string.Join(" ", cold.Windows.Select(w => w.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))}; "
        + $"first {ColdStart.Result.FirstSeconds} s {cold.FirstRps:N0} req/s, warm {cold.WarmRps:N0} req/s, ratio {cold.Ratio:N2}; "
        + $"CPU ms/request {string.Join(" ", cold.CpuMsPerRequest.Select(c => c.ToString("N1", System.Globalization.CultureInfo.InvariantCulture)))} against {cold.WarmCpuMsPerRequest:N1} warm, ratio {cold.CpuRatio:N2}; {cold.Errors} errors; {cold.Warmup}");
    report.Add(cold);
}

await using var api = await ApiProcess.StartAsync(connectionString, FreePort());
await using var baseline = await BaselineServer.StartAsync(connectionString, FreePort());
var baseUrl = baseline.Urls.First();
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections * 2, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    Timeout = TimeSpan.FromSeconds(30),
};
var runner = new LoadRunner(http, options);
var contexts = baseline.Services.GetRequiredService<BackOfficeDbContextFactory>();

HttpRequestMessage GraphQL(string query, object? variables = null, string key = "demo-reader-key") => new(HttpMethod.Post, $"{api.BaseUrl}/graphql")
{
    Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
    Headers = { { "X-Api-Key", key } },
};
HttpRequestMessage Baseline(string path) => new(HttpMethod.Get, $"{baseUrl}{path}");

// Each side runs twice, alternating (baseline, GraphQL, baseline, GraphQL), and keeps its better run: whichever runs
// second would otherwise inherit a warm page cache and JIT from the first.
async Task Compare(string name, Func<int, HttpRequestMessage> graphQL, Func<int, HttpRequestMessage> baselineRequest)
{
    if (!options.Runs(name))
    {
        return;
    }

    await WarmUp();
    Console.WriteLine($"Running {name}…");
    LoadResult? g = null, b = null;
    for (var round = 0; round < 2; round++)
    {
        // CPU per request: the API's, and this process's (the load's own; with the baseline, which serves in this process, too).
        var baselineRun = await runner.RunAsync(name + " (baseline)", baselineRequest, cpuMs: [LoadRunner.OwnCpuMs]);
        var graphQLRun = await runner.RunAsync(name, graphQL, cpuMs: [api.CpuMilliseconds, LoadRunner.OwnCpuMs]);
        b = b is null || baselineRun.RequestsPerSecond > b.RequestsPerSecond ? baselineRun : b;
        g = g is null || graphQLRun.RequestsPerSecond > g.RequestsPerSecond ? graphQLRun : g;
    }

    Console.WriteLine($"  GraphQL {g!.RequestsPerSecond:N0} req/s p99 {g.P99Ms:N1} ms | baseline {b!.RequestsPerSecond:N0} req/s p99 {b.P99Ms:N1} ms | ratio {g.RequestsPerSecond / b.RequestsPerSecond:N2}"
        + $" | server CPU ms/request {g.CpuMsPerRequest[0]:N3} against {Report.BaselineCpuMs(g, b):N3}");
    report.Add(g, b);
}

List<string> orderIds;
List<(string OperationId, string Currency)> refundable;
await using (var db = contexts.Create("demo"))
{
    orderIds = await db.Orders.OrderBy(o => o.Id).Select(o => o.OrderId).Take(5000).ToListAsync();
    refundable = (await db.Operations
        .Where(o => o.OperationType == OperationType.Capture && o.OperationResult == OperationResult.Executed && o.ParentOperationId == null)
        .OrderByDescending(o => o.Id).Take(20_000).Select(o => new { o.OperationId, o.OperationCurrency }).ToListAsync())
        .Select(o => (o.OperationId, o.OperationCurrency)).ToList();
}

// The server has just started: let every read query reach the JIT's optimized tier before anything is measured (once,
// before the first scenario that runs against it).
var warmedUp = false;
async Task WarmUp()
{
    if (warmedUp)
    {
        return;
    }

    warmedUp = true;
    Console.WriteLine("Warming up the server…");
    await new LoadRunner(http, options with { Warmup = TimeSpan.Zero, Duration = options.Smoke ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10) })
        .RunAsync("warm-up", i => GraphQL(i % 2 == 0
            ? "{ orders(first: 50, order: [{ createdAt: DESC }]) { nodes { orderId amount status createdAt operations { operationId } } } }"
            : "query($id: String!) { order(orderId: $id) { orderId operations { operationId operationTime } } }",
            i % 2 == 0 ? null : new { id = orderIds[i % orderIds.Count] }));
}

var run = Guid.NewGuid().ToString("N")[..8];
if (!options.FanOutOnly)
{
    await Compare("orders, first page of 50", _ => GraphQL(firstPage), _ => Baseline("/baseline/orders"));
    await Compare("orders, where status and amount, totalCount",
        _ => GraphQL($"{{ orders(first: 50, order: [{{ createdAt: DESC }}], where: {{ status: {{ in: [CAPTURED, PARTIALLY_REFUNDED] }}, amount: {{ gte: 10000 }} }}) {{ totalCount nodes {{ {Fields} }} }} }}"),
        _ => Baseline("/baseline/orders/filtered"));

    // Page 200 (or the last page of a small database): walk there once by cursor, then measure that page.
    var page = Math.Max(1, Math.Min(200, options.Orders / 50 - 1));
    var pageScenario = $"orders, page {page} by cursor";
    if (options.Runs(pageScenario))
    {
        await WarmUp();
        string? cursor = null;
        for (var i = 1; i < page; i++)
        {
            using var response = await http.SendAsync(GraphQL("query($after: String) { orders(first: 50, after: $after, order: [{ createdAt: DESC }]) { pageInfo { endCursor } } }", new { after = cursor }));
            cursor = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["orders"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        (DateTime CreatedAt, long Id) last;
        await using (var db = contexts.Create("demo"))
        {
            last = await db.Orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Skip((page - 1) * 50 - 1).Select(o => new ValueTuple<DateTime, long>(o.CreatedAt, o.Id)).FirstAsync();
        }

        await Compare(pageScenario,
            _ => GraphQL($"query($after: String) {{ orders(first: 50, after: $after, order: [{{ createdAt: DESC }}]) {{ nodes {{ {Fields} }} }} }}", new { after = cursor }),
            _ => Baseline($"/baseline/orders?afterTicks={last.CreatedAt.Ticks}&afterId={last.Id}"));
    }

    await Compare("order(orderId) with its operations",
        i => GraphQL("query($id: String!) { order(orderId: $id) { orderId status amount currency capturedAmount refundedAmount operations { operationId operationType operationResult operationAmount operationTime } } }",
            new { id = orderIds[i % orderIds.Count] }),
        i => Baseline($"/baseline/order/{orderIds[i % orderIds.Count]}"));
    await Compare("50 orders with their operations",
        _ => GraphQL($"{{ orders(first: 50, order: [{{ createdAt: DESC }}]) {{ nodes {{ {Fields} operations {{ operationId operationType operationResult operationAmount operationTime }} }} }} }}"),
        _ => Baseline("/baseline/orders/nested"));

    // The dashboard's chart: the last 30 local days of Rome, one GROUP BY over a third of the orders at 1M.
    var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
    var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, rome).Date;
    var since = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(-29), rome);
    await Compare("orderStatistics, last 30 days by DAY in Europe/Rome",
        _ => GraphQL("""
            query($since: DateTime!) {
              orderStatistics(where: { createdAt: { gte: $since } }, bucket: DAY, timeZone: "Europe/Rome") {
                totals { currency orderCount amount capturedCount capturedAmount refundedCount refundedAmount pendingCount pendingAmount declinedCount declinedAmount }
                buckets { start volumes { currency orderCount amount capturedAmount refundedAmount pendingAmount declinedCount } }
              }
            }
            """, new { since = since.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture) }),
        _ => Baseline($"/baseline/statistics?sinceTicks={since.Ticks}"));

    if (options.Runs("plan matrix"))
    {
        await WarmUp();
        Console.WriteLine("Running the plan matrix (each dashboard filter × each sortable column, page 1 and page 50)…");
        DashboardSample sample;
        await using (var db = contexts.Create("demo"))
        {
            var newest = await db.Orders.OrderByDescending(o => o.Id).FirstAsync();
            var customField = await db.Orders.Where(o => o.CustomField != null).OrderByDescending(o => o.Id).Take(20_000)
                .GroupBy(o => o.CustomField).OrderByDescending(g => g.Count()).Select(g => g.Key!).FirstAsync();
            sample = new DashboardSample(newest.CreatedAt, newest.CustomerId ?? "", newest.OrderId[..^3], customField);
        }

        report.Add(await PlanMatrix.RunAsync(http, options, sample, (query, variables) => GraphQL(query, variables)));
    }

    if (options.Runs("refundOperation, distinct orders"))
    {
        await WarmUp();
        Console.WriteLine("Running refundOperation on distinct orders…");
        report.Add(await runner.RunAsync("refundOperation, distinct orders", i => GraphQL(
            "mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } errors { __typename } } }",
            new { input = new { operationId = refundable[i % refundable.Count].OperationId, amount = 1, currency = refundable[i % refundable.Count].Currency, idempotencyKey = $"bench-{run}-{i}" } },
            "demo-operator-key"), body => body.Contains("\"errors\"", StringComparison.Ordinal) && !body.Contains("\"errors\":null", StringComparison.Ordinal)));
    }
}

var triggers = 0;
async Task Trigger()
{
    var (operationId, currency) = refundable[triggers++ % refundable.Count];
    using var response = await http.SendAsync(GraphQL("mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } } }",
        new { input = new { operationId, amount = 1, currency, idempotencyKey = $"fanout-{run}-{triggers}" } }, "demo-operator-key"));
}

if (options.Runs("fan-out"))
{
    await WarmUp();
    // Warm-up: the event path (the mutation, the outbox, the subscription's execution, the sends) runs optimized (tier-1)
    // code before anything is measured, as the reads do. The JIT promotes a method after 30 calls, and much of that path
    // runs once per event: six rounds of 100 sockets and seven events, 42 events. After 14 events its promotions were still
    // going on: the JIT's thread took a quarter of the API's CPU during the next six (perf).
    for (var i = 0; i < 6; i++)
    {
        await FanOut.RunAsync(api, 100, Trigger, _ => { });
    }

    foreach (var sockets in options.Sockets)
    {
        Console.WriteLine($"Fan-out to {sockets:N0} sockets…");
        var fanOut = await FanOut.RunAsync(api, sockets, Trigger, Console.WriteLine);
        var raw = await FanOut.RunBaselineAsync(FreePort(), sockets, messageBytes: 300);
        Console.WriteLine($"  {fanOut.Received:N0}/{sockets:N0} received, p99 {fanOut.P99Ms:N0} ms (raw send p99 {raw.P99Ms:N0} ms), {fanOut.BytesPerSocket / 1024:N1} KB per socket, server CPU {fanOut.ServerCpuMs:N0} ms for the event");
        report.Add(fanOut, raw);
    }
}

await report.WriteAsync();
if (options.Smoke)
{
    var (passed, failed) = report.Checks();
    Console.WriteLine($"benchmarks: {passed} passed, {failed} failed");
    return failed == 0 ? 0 : 1;
}

return 0;

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
