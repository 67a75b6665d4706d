namespace BackOffice.Api.Telemetry;

/// <summary>The <c>Telemetry</c> and <c>Metrics</c> configuration: where traces and metrics go.</summary>
public sealed class TelemetryOptions
{
    /// <summary><c>Metrics:Prometheus:Enabled</c>: serve <c>/metrics</c> for a Prometheus scraper (off by default).</summary>
    public bool PrometheusEnabled { get; init; }

    /// <summary><c>Telemetry:Otlp:Endpoint</c>, or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>: where OTLP exports go.</summary>
    public Uri? OtlpEndpoint { get; init; }

    /// <summary><c>Telemetry:Otlp:Protocol</c>: <c>grpc</c> (port 4317, the default) or <c>http/protobuf</c> (4318).</summary>
    public string OtlpProtocol { get; init; } = "grpc";

    /// <summary><c>Telemetry:Tracing:Enabled</c>: record spans; on by default whenever OTLP is configured.</summary>
    public bool TracingEnabled { get; init; }

    /// <summary><c>Metrics:MaxOperationNames</c>: distinct operation names labelled before the rest count as "other".</summary>
    public int MaxOperationNames { get; init; } = 100;

    public bool MetricsEnabled => PrometheusEnabled || OtlpEndpoint is not null;

    public static TelemetryOptions From(IConfiguration configuration)
    {
        var endpoint = configuration["Telemetry:Otlp:Endpoint"] is { Length: > 0 } own ? own : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        Uri? otlp = null;
        // "collector:4317" parses as a URI of scheme "collector": only http and https reach a collector.
        if (!string.IsNullOrWhiteSpace(endpoint)
            && (!Uri.TryCreate(endpoint, UriKind.Absolute, out otlp) || otlp.Scheme is not ("http" or "https")))
        {
            throw new InvalidOperationException($"Telemetry:Otlp:Endpoint '{endpoint}' is not an absolute http(s) URI (e.g. http://collector:4317).");
        }

        var protocol = configuration["Telemetry:Otlp:Protocol"] ?? configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] ?? "grpc";
        if (protocol is not ("grpc" or "http/protobuf"))
        {
            throw new InvalidOperationException($"Telemetry:Otlp:Protocol '{protocol}' is not supported; use 'grpc' or 'http/protobuf'.");
        }

        return new TelemetryOptions
        {
            PrometheusEnabled = configuration.GetValue("Metrics:Prometheus:Enabled", false),
            OtlpEndpoint = otlp,
            OtlpProtocol = protocol,
            TracingEnabled = configuration.GetValue("Telemetry:Tracing:Enabled", otlp is not null),
            MaxOperationNames = configuration.GetValue("Metrics:MaxOperationNames", 100),
        };
    }
}
