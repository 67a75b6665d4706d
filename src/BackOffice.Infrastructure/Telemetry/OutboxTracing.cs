using System.Diagnostics;
using BackOffice.Infrastructure.Outbox;

namespace BackOffice.Infrastructure.Telemetry;

/// <summary>
/// The span of one event's publication: a child of the request that committed the event (its stored
/// <see cref="OutboxEvent.TraceParent"/>), so a trace reads request → database → publish even though the dispatcher
/// publishes later, on its own loop or on another instance.
/// </summary>
public static class OutboxTracing
{
    public static Activity? StartPublish(OutboxEvent row, string bus)
    {
        if (!BackOfficeTelemetry.Outbox.HasListeners())
        {
            return null;
        }

        ActivityContext.TryParse(row.TraceParent, null, isRemote: true, out var parent);
        var activity = BackOfficeTelemetry.Outbox.StartActivity("outbox publish", ActivityKind.Producer, parent);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("messaging.system", bus);
            activity.SetTag("messaging.operation.type", "send");
            activity.SetTag("messaging.message.id", row.EventId);
            activity.SetTag(BackOfficeTelemetry.CorrelationIdAttribute, row.CorrelationId);
        }

        return activity;
    }

    public static void Failed(Activity? activity, Exception error)
    {
        activity?.SetStatus(ActivityStatusCode.Error, error.Message);
        activity?.SetTag("error.type", error.GetType().FullName);
    }
}
