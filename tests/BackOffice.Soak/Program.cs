using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BackOffice.Benchmarks;
using BackOffice.Soak;
using Microsoft.Data.Sqlite;

// tests/soak.sh [--minutes 10] [--sockets 500]: two instances on one SQLite file and one Redis, under
// subscribers, racing mutations, hostile inputs and faults; ends with "soak: N passed, N failed".
var options = SoakOptions.Parse(args);
if (Directory.Exists(options.Output))
{
    Directory.Delete(options.Output, recursive: true);
}

Directory.CreateDirectory(options.Output);
var databasePath = Path.Combine(options.Output, "soak.db");
var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString();
var database = new SoakDatabase(databasePath);
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};

var clock = DateTime.UtcNow;
void Say(string text) => Console.WriteLine($"[{(DateTime.UtcNow - clock).TotalSeconds,6:F1}s] {text}");

var redis = new RedisProcess(FreePort(), Path.Combine(options.Output, "redis.log"));
Instance a = new("A", FreePort()), b = new("B", FreePort());
Instance[] instances = [a, b];
var faults = new List<string>();
var subscribers = new List<Subscriber>();
var ids = new EventIds();
using var traffic = new Traffic();
var race = new MoneyRace(traffic, instances, Guid.NewGuid().ToString("N")[..6]);
var hostile = new HostileTraffic(traffic, instances);
var memory = new MemorySampler(instances);
using var load = CancellationTokenSource.CreateLinkedTokenSource(interrupted.Token);
using var sockets = CancellationTokenSource.CreateLinkedTokenSource(interrupted.Token);
var tasks = new List<Task>();
try
{
    await redis.StartAsync();
    Say($"redis-server on port {redis.Port}");
    // Side by side: B waits (not ready) until A has migrated and seeded the file.
    var startA = StartAsync(a, simulator: true);
    var startB = StartAsync(b, simulator: false);
    a.Process = await startA;
    b.Process = await startB;
    Say($"instance A (simulator, migrates and seeds) on port {a.Port}, pid {a.Process.ProcessId}; instance B on port {b.Port}, pid {b.Process.ProcessId}");

    for (var i = 0; i < options.Sockets; i++)
    {
        subscribers.Add(new Subscriber(instances[i % 2], ids));
    }

    foreach (var chunk in subscribers.Chunk(50))
    {
        var opened = await Task.WhenAll(chunk.Select(s => s.SubscribeAsync(interrupted.Token)));
        tasks.AddRange(chunk.Zip(opened).Select(p => p.First.RunAsync(p.Second, sockets.Token)));
    }

    Say($"{subscribers.Count(s => s.SubscribedAt is not null)} of {options.Sockets} sockets subscribed (operationStatusChanged, merchant demo), half on each instance");
    await Task.Delay(TimeSpan.FromSeconds(3), interrupted.Token); // every socket has its first event (the simulator's) before the load
    var firstRow = await database.LastEventRowAsync();
    var start = DateTime.UtcNow;

    await race.RefreshTargetsAsync(a);
    var memoryTask = memory.RunAsync(start, sockets.Token);
    var work = new List<Task> { hostile.RunAsync(load.Token), Refresh(load.Token), Reads(load.Token) };
    work.AddRange(Enumerable.Range(0, 6).Select(w => race.RunWorkerAsync(w, load.Token)));
    Say($"load for {options.Duration.TotalMinutes:0.#} min: 6 mutation workers, 1 reader, the hostile corpus ({HostileInputs.All.Count} inputs), faults");

    await Chaos(start, options.Duration, interrupted.Token);
    var loadEnd = DateTime.UtcNow;
    await load.CancelAsync();
    await Task.WhenAll(work);
    Say("load stopped; waiting for every committed event to reach every subscriber (at most 60 s)");

    Delivery delivery;
    var drain = DateTime.UtcNow;
    while (true)
    {
        delivery = await Delivery.EvaluateAsync(subscribers, ids, database, firstRow, loadEnd);
        if (delivery.Missing == 0 || DateTime.UtcNow - drain > TimeSpan.FromSeconds(60) || interrupted.IsCancellationRequested)
        {
            break;
        }

        await Task.Delay(1000);
    }

    Say($"drained in {(DateTime.UtcNow - drain).TotalSeconds:F0} s");
    await sockets.CancelAsync();
    await memoryTask;
    await Task.WhenAll(tasks);
    var money = await database.MoneyAsync();
    var summary = new Summary(options, faults, traffic, race, hostile, subscribers, delivery, money, memory);
    var text = summary.Render();
    Console.WriteLine(text);
    await File.WriteAllTextAsync(Path.Combine(options.Output, "summary.txt"), text);
    return summary.Failed == 0 ? 0 : 1;
}
catch (Exception e)
{
    Console.WriteLine($"The soak itself failed: {e}");
    Console.WriteLine("soak: 0 passed, 1 failed");
    return 1;
}
finally
{
    await sockets.CancelAsync();
    foreach (var instance in instances)
    {
        if (instance.Process is { } process)
        {
            await process.DisposeAsync();
        }
    }

    await redis.DisposeAsync();
}

async Task<ApiProcess> StartAsync(Instance instance, bool simulator)
{
    var settings = new Dictionary<string, string>
    {
        ["ConnectionStrings__Redis"] = redis.ConnectionString,
        ["Seed__Demo"] = "true",
        ["Database__Migrate"] = simulator ? "true" : "false",
        ["Simulator__PaymentsPerMinute"] = "120",
        ["RateLimiting__Enabled"] = "true",
        ["RateLimiting__PermitsPerSecond"] = "2000",
        ["RateLimiting__Burst"] = "4000",
        ["GraphQL__Streams__MaxPerApiKey"] = "2000",
        ["GraphQL__WebSockets__KeepAliveInterval"] = "00:00:10",
        ["Logging__LogLevel__Default"] = "Warning",
    };
    return await ApiProcess.StartAsync(connectionString, instance.Port, settings, simulator ? ["--simulate"] : [],
        Path.Combine(options.Output, $"api-{instance.Name.ToLowerInvariant()}.log"));
}

// One Redis outage, then B crashed (kill -9) and restarted on its port, then load until the end.
async Task Chaos(DateTime start, TimeSpan duration, CancellationToken stop)
{
    async Task At(TimeSpan offset) => await Task.Delay(Max(TimeSpan.Zero, start + offset - DateTime.UtcNow), stop);
    void Fault(string text)
    {
        faults.Add($"{(DateTime.UtcNow - start).TotalSeconds,6:F1}s  {text}");
        Say(text);
    }

    var redisDown = duration * 0.15;
    var redisUp = redisDown + Clamp(duration * 0.1, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
    var crash = Max(duration * 0.4, redisUp + TimeSpan.FromSeconds(5));
    await At(redisDown);
    await redis.StopAsync();
    Fault("Redis stopped (SIGKILL)");
    await At(redisUp);
    await redis.StartAsync();
    Fault("Redis started again on its port");
    await At(crash);
    var crashed = b.Process!;
    b.CrashedAt = DateTime.UtcNow;
    await crashed.CrashAsync();
    Fault($"instance B killed (kill -9, pid {crashed.ProcessId})");
    await crashed.DisposeAsync();
    var restarting = DateTime.UtcNow;
    b.Process = await StartAsync(b, simulator: false);
    b.RestartedAt = DateTime.UtcNow;
    Fault($"instance B restarted on port {b.Port} (pid {b.Process.ProcessId}), ready after {(DateTime.UtcNow - restarting).TotalSeconds:F1} s");
    await At(duration);
}

async Task Refresh(CancellationToken stop)
{
    while (!stop.IsCancellationRequested)
    {
        await Task.Delay(10_000, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        await race.RefreshTargetsAsync(a);
    }
}

async Task Reads(CancellationToken stop)
{
    const string Query = "{ orders(first: 20, where: { status: { in: [CAPTURED, PARTIALLY_REFUNDED] } }, order: [{ createdAt: DESC }]) { totalCount nodes { orderId status capturedAmount refundedAmount } } }";
    for (var i = 0; !stop.IsCancellationRequested; i++)
    {
        await traffic.SendAsync("reads", instances[i % 2], GraphQLHttp.Post(Query, null, GraphQLHttp.Reader), TimeSpan.FromSeconds(20));
        await Task.Delay(100, stop).ContinueWith(_ => { }, TaskScheduler.Default);
    }
}

static TimeSpan Max(TimeSpan x, TimeSpan y) => x > y ? x : y;

static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) => value < min ? min : value > max ? max : value;

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
