using System.Diagnostics.Metrics;
using BackOffice.Infrastructure.Telemetry;

namespace BackOffice.Api.Telemetry;

/// <summary>
/// The API's instruments, on the service's one meter, named for what they measure (their Prometheus names in the
/// comments). Labels hold only server-side words (operation types, error codes, protocols) and operation names bounded by
/// <see cref="BoundedLabel"/>: never a key, a merchant or any other tenant data.
/// </summary>
public sealed class GraphQLMetrics
{
    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string CodeTag = "code";
    public const string ProtocolTag = "protocol";
    public const string BufferTag = "buffer";

    private static readonly double[] SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _errors;
    private readonly UpDownCounter<long> _sockets;
    private readonly UpDownCounter<long> _subscriptions;
    private readonly Histogram<double> _deliveryLatency;
    private readonly Counter<long> _overflows;
    private readonly Counter<long> _rateLimitRefusals;
    private readonly Counter<long> _costRefusals;
    private readonly BoundedLabel _operationNames;
    private readonly BoundedLabel _codes = new(200);

    public GraphQLMetrics(IMeterFactory meters, TelemetryOptions options)
    {
        var meter = meters.Create(BackOfficeTelemetry.MeterName);
        _operationNames = new BoundedLabel(options.MaxOperationNames);
        var seconds = new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets };

        // graphql_request_duration_seconds{graphql_operation_name, graphql_operation_type}
        _requestDuration = meter.CreateHistogram("graphql.request.duration", "s",
            "Time to answer a GraphQL request (a subscription: until its stream is listening), by operation.", advice: seconds);
        // graphql_errors_total{code}
        _errors = meter.CreateCounter<long>("graphql.errors", "{error}", "Errors answered to GraphQL requests, by extensions.code.");
        // graphql_sockets_active{protocol}
        _sockets = meter.CreateUpDownCounter<long>("graphql.sockets.active", "{socket}", "Open GraphQL WebSockets, by sub-protocol.");
        // graphql_subscriptions_active{protocol}
        _subscriptions = meter.CreateUpDownCounter<long>("graphql.subscriptions.active", "{subscription}",
            "Subscriptions running, by transport protocol.");
        // backoffice_event_delivery_latency_seconds
        _deliveryLatency = meter.CreateHistogram("backoffice.event.delivery.latency", "s",
            "From an event's commit to its message queued on the subscribers' sockets.", advice: seconds);
        // backoffice_subscriber_overflows_total{buffer}
        _overflows = meter.CreateCounter<long>("backoffice.subscriber.overflows", "{overflow}",
            "Subscribers cut off because they fell behind: a subscription's event buffer or a socket's send queue filled.");
        // backoffice_rate_limit_refusals_total
        _rateLimitRefusals = meter.CreateCounter<long>("backoffice.rate_limit.refusals", "{request}",
            "Requests and socket operations refused by the per-key rate limit.");
        // graphql_cost_refusals_total
        _costRefusals = meter.CreateCounter<long>("graphql.cost.refusals", "{request}", "GraphQL requests refused by the cost (complexity) limit.");
    }

    public void RecordRequest(string operationName, string operationType, TimeSpan duration) =>
        _requestDuration.Record(duration.TotalSeconds,
            new KeyValuePair<string, object?>(OperationNameTag, _operationNames.Of(operationName)),
            new KeyValuePair<string, object?>(OperationTypeTag, operationType));

    public void CountError(string? code) => _errors.Add(1, new KeyValuePair<string, object?>(CodeTag, _codes.Of(code ?? "UNKNOWN")));

    /// <summary>Counts an open socket until the returned handle is disposed (once, however often it is called).</summary>
    public IDisposable SocketOpened(string protocol) => new Live(_sockets, protocol);

    /// <summary>Counts a running subscription until the returned handle is disposed.</summary>
    public IDisposable SubscriptionStarted(string protocol) => new Live(_subscriptions, protocol);

    public void RecordDelivery(TimeSpan latency) => _deliveryLatency.Record(Math.Max(0, latency.TotalSeconds));

    /// <summary><paramref name="buffer"/>: <c>subscription</c> (the event buffer) or <c>socket</c> (the send queue).</summary>
    public void CountOverflow(string buffer) => _overflows.Add(1, new KeyValuePair<string, object?>(BufferTag, buffer));

    public void CountRateLimitRefusal() => _rateLimitRefusals.Add(1);

    public void CountCostRefusal() => _costRefusals.Add(1);

    private sealed class Live : IDisposable
    {
        private readonly UpDownCounter<long> _counter;
        private readonly KeyValuePair<string, object?> _protocol;
        private int _ended;

        public Live(UpDownCounter<long> counter, string protocol)
        {
            _counter = counter;
            _protocol = new KeyValuePair<string, object?>(ProtocolTag, protocol);
            _counter.Add(1, _protocol);
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                _counter.Add(-1, _protocol);
            }
        }
    }
}
