namespace BackOffice.Api.Tests.Telemetry;

/// <summary>
/// The metrics the operations dashboard draws, by their Prometheus names (a histogram by its base name): the scrape test
/// finds each of them in <c>/metrics</c>, the deployment test finds each of them in the provisioned Grafana dashboard.
/// </summary>
public static class ExportedMetrics
{
    public static readonly string[] Names =
    [
        "graphql_request_duration_seconds",
        "graphql_errors_total",
        "graphql_sockets_active",
        "graphql_subscriptions_active",
        "backoffice_outbox_backlog",
        "backoffice_outbox_oldest_age_seconds",
        "backoffice_event_delivery_latency_seconds",
        "backoffice_subscriber_overflows_total",
        "backoffice_rate_limit_refusals_total",
        "graphql_cost_refusals_total",
    ];
}
