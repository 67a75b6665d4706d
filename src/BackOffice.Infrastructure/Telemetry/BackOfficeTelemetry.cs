using System.Diagnostics;

namespace BackOffice.Infrastructure.Telemetry;

/// <summary>
/// The names our spans and instruments are published under: one meter for every instrument of the service (the API's
/// and the outbox's), one activity source per kind of span. Exporters subscribe to these names.
/// </summary>
public static class BackOfficeTelemetry
{
    public const string MeterName = "BackOffice";

    public const string GraphQLSourceName = "BackOffice.GraphQL";

    public const string OutboxSourceName = "BackOffice.Outbox";

    /// <summary>The span attribute holding the request's correlation id (<c>X-Correlation-Id</c>), on every span we start.</summary>
    public const string CorrelationIdAttribute = "backoffice.correlation_id";

    internal static readonly ActivitySource Outbox = new(OutboxSourceName);
}
