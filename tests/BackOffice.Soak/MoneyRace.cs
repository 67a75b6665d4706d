using System.Collections.Concurrent;
using System.Text.Json;

namespace BackOffice.Soak;

/// <summary>
/// Workers capturing and refunding the same few orders at once, against both instances, a third of the time repeating
/// an earlier request with its idempotency key (possibly while the first is still running, possibly on the other
/// instance). Targets are refreshed from the API, so the simulator's new authorizations are captured too.
/// </summary>
public sealed class MoneyRace(Traffic traffic, Instance[] instances, string run)
{
    private const string Targets = """
        { orders(first: 60, where: { status: { in: [AUTHORIZED, PARTIALLY_CAPTURED, CAPTURED, PARTIALLY_REFUNDED] } }, order: [{ createdAt: DESC }]) {
            nodes { orderId currency amount operations { operationId operationType operationResult } } } }
        """;

    private const string Capture = "mutation($input: CaptureOperationInput!) { captureOperation(input: $input) { operation { operationId } errors { __typename } } }";
    private const string Refund = "mutation($input: RefundOperationInput!) { refundOperation(input: $input) { operation { operationId } errors { __typename } } }";

    private readonly Lock _lock = new();
    private readonly List<Intent> _recent = [];
    private List<Target> _targets = [];
    private int _keys;
    private int _repeats;

    /// <summary>Operation ids each idempotency key got back (more than one would be a double charge or refund).</summary>
    public ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> OperationsByKey { get; } = new();

    public ConcurrentDictionary<string, int> Results { get; } = new();

    /// <summary>Requests sent again with an earlier request's idempotency key and input.</summary>
    public int Repeats => _repeats;

    public async Task RefreshTargetsAsync(Instance instance)
    {
        var answer = await traffic.SendAsync("reads", instance, GraphQLHttp.Post(Targets, null, GraphQLHttp.Reader), TimeSpan.FromSeconds(15));
        if (answer is not ({ } a) || a.Status != 200)
        {
            return;
        }

        try
        {
            Choose(a.Body);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // An unreadable answer keeps the targets we have; the traffic table shows the request.
        }
    }

    private void Choose(string body)
    {
        using var json = JsonDocument.Parse(body);
        if (!json.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var targets = new List<Target>();
        foreach (var order in data.GetProperty("orders").GetProperty("nodes").EnumerateArray())
        {
            var operations = order.GetProperty("operations").EnumerateArray()
                .Select(o => (Id: o.GetProperty("operationId").GetString()!, Type: o.GetProperty("operationType").GetString(), Result: o.GetProperty("operationResult").GetString()))
                .ToList();
            var authorization = operations.FirstOrDefault(o => o is { Type: "AUTHORIZATION", Result: "AUTHORIZED" }).Id;
            var payment = operations.FirstOrDefault(o => o is { Type: "CAPTURE", Result: "EXECUTED" } or { Type: "AUTHORIZATION", Result: "EXECUTED" }).Id;
            targets.Add(new Target(order.GetProperty("currency").GetString()!, order.GetProperty("amount").GetInt64(), authorization, payment));
        }

        lock (_lock)
        {
            // A small set, so the workers collide on the same orders.
            _targets = targets.Where(t => t.Authorization is not null).Take(12).Concat(targets.Where(t => t.Payment is not null).Take(12)).ToList();
        }
    }

    public async Task RunWorkerAsync(int worker, CancellationToken stop)
    {
        var random = new Random(worker);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var intent = Next(random);
            if (intent is not null)
            {
                var instance = instances[(worker + i) % instances.Length];
                var answer = await traffic.SendAsync("mutations", instance,
                    GraphQLHttp.Post(intent.Capture ? Capture : Refund, new { input = new { operationId = intent.OperationId, amount = intent.Amount, currency = intent.Currency, idempotencyKey = intent.Key } }, GraphQLHttp.Operator),
                    TimeSpan.FromSeconds(20));
                if (answer is { Status: 200 } a)
                {
                    Record(intent, a.Body);
                }
            }

            await Task.Delay(random.Next(20, 80), stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private Intent? Next(Random random)
    {
        lock (_lock)
        {
            if (_recent.Count > 0 && random.NextDouble() < 0.33)
            {
                Interlocked.Increment(ref _repeats);
                return _recent[random.Next(_recent.Count)];
            }

            if (_targets.Count == 0)
            {
                return null;
            }

            var target = _targets[random.Next(_targets.Count)];
            var capture = target.Authorization is not null && (target.Payment is null || random.Next(2) == 0);
            var intent = new Intent(capture, capture ? target.Authorization! : target.Payment!, 1 + random.NextInt64(Math.Max(1, target.Amount / 3)),
                target.Currency, $"soak-{run}-{Interlocked.Increment(ref _keys)}");
            _recent.Add(intent);
            if (_recent.Count > 16)
            {
                _recent.RemoveAt(0);
            }

            return intent;
        }
    }

    private void Record(Intent intent, string body)
    {
        try
        {
            RecordAnswer(intent, body);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            Results.AddOrUpdate("unreadable answer", 1, (_, n) => n + 1);
        }
    }

    private void RecordAnswer(Intent intent, string body)
    {
        using var json = JsonDocument.Parse(body);
        if (!json.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            Results.AddOrUpdate("request error", 1, (_, n) => n + 1);
            return;
        }

        var payload = data.GetProperty(intent.Capture ? "captureOperation" : "refundOperation");
        if (payload.GetProperty("operation") is { ValueKind: JsonValueKind.Object } operation)
        {
            OperationsByKey.GetOrAdd(intent.Key, _ => new()).TryAdd(operation.GetProperty("operationId").GetString()!, true);
            Results.AddOrUpdate(intent.Capture ? "captured" : "refunded", 1, (_, n) => n + 1);
        }
        else
        {
            var error = payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()).FirstOrDefault() ?? "no operation";
            Results.AddOrUpdate(error, 1, (_, n) => n + 1);
        }
    }

    private sealed record Target(string Currency, long Amount, string? Authorization, string? Payment);

    private sealed record Intent(bool Capture, string OperationId, long Amount, string Currency, string Key);
}
