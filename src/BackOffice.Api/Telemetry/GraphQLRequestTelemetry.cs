using System.Diagnostics;
using BackOffice.Infrastructure.Telemetry;

namespace BackOffice.Api.Telemetry;

/// <summary>
/// Observes one GraphQL request, whatever transport brought it: a span (operation name and type, document hash, error
/// codes, correlation id) that the request's database commands and, later, its events' publication are children of,
/// and the request-duration and error metrics. Called by the one request executor every transport goes through.
/// </summary>
public sealed class GraphQLRequestTelemetry(GraphQLMetrics metrics)
{
    public static readonly ActivitySource Source = new(BackOfficeTelemetry.GraphQLSourceName);

    /// <summary>Starts observing; complete the result with <see cref="RequestObservation.Complete"/> and dispose it when answered.</summary>
    public RequestObservation Start(string? query, string? operationName, string? documentHash, string correlationId, string transport)
    {
        var activity = Source.StartActivity("GraphQL Operation", ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(BackOfficeTelemetry.CorrelationIdAttribute, correlationId);
            activity.SetTag("backoffice.transport", transport);
            if ((documentHash ?? DocumentHash.Of(query)) is { } hash)
            {
                activity.SetTag("graphql.document.hash", hash);
            }
        }

        return new RequestObservation(metrics, activity, query, operationName);
    }
}
