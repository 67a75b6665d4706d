using System.Diagnostics;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace BackOffice.Api.Telemetry;

/// <summary>One request being observed (see <see cref="GraphQLRequestTelemetry"/>): its span and its clock.</summary>
public sealed class RequestObservation : IDisposable
{
    private const int MaxReparsedLength = 64 * 1024;
    private readonly GraphQLMetrics _metrics;
    private readonly Activity? _activity;
    private readonly string? _operationName;
    private readonly string? _query;
    // The real clock, not the injected TimeProvider: a duration is an operational measure, not business time.
    private readonly long _started = Stopwatch.GetTimestamp();
    private bool _completed;

    internal RequestObservation(GraphQLMetrics metrics, Activity? activity, string? query, string? operationName)
    {
        _query = query;
        _metrics = metrics;
        _activity = activity;
        _operationName = operationName;
    }

    /// <summary>Records the answer: the operation it ran (or "unknown" when none was chosen), its duration and its errors by code.</summary>
    public void Complete(ExecutionResult result)
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        var operation = result.Operation ?? (result.Errors is { Count: > 0 } ? Requested() : null);
        var type = operation is null ? "unknown" : TypeName(operation.Operation);
        var name = operation is null ? "unknown" : operation.Name?.StringValue ?? "anonymous";
        _metrics.RecordRequest(name, type, Stopwatch.GetElapsedTime(_started));
        var codes = result.Errors?.Select(e => e.Code ?? "UNKNOWN").ToList() ?? [];
        foreach (var code in codes)
        {
            _metrics.CountError(code);
        }

        if (_activity is { IsAllDataRequested: true } activity)
        {
            activity.DisplayName = operation?.Name is { } named ? $"{type} {named.StringValue}" : type;
            activity.SetTag("graphql.operation.type", type);
            if (operation?.Name is { } operationName)
            {
                activity.SetTag("graphql.operation.name", operationName.StringValue);
            }

            if (codes.Count > 0)
            {
                activity.SetTag("graphql.error.codes", codes.Distinct().ToArray());
                activity.SetStatus(ActivityStatusCode.Error, codes[0]);
            }
        }
    }

    /// <summary>A request that ended in an exception (cancelled, or a failure the transport answers).</summary>
    public void Failed(Exception error)
    {
        if (!_completed && _activity is not null)
        {
            _activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            _activity.SetTag("error.type", error.GetType().FullName);
        }
    }

    public void Dispose()
    {
        if (!_completed)
        {
            _completed = true; // ended without an answer (an exception): its time still counts
            _metrics.RecordRequest("unknown", "unknown", Stopwatch.GetElapsedTime(_started));
        }

        _activity?.Dispose();
    }

    /// <summary>
    /// The operation a refused request asked for (its validation failed before the executer chose one), so a refusal counts
    /// under the operation's name: read from the document, so a name that is not in it stays unknown. Parsing is linear
    /// and the document was already bounded; one that does not parse is unknown.
    /// </summary>
    private GraphQLOperationDefinition? Requested()
    {
        if (string.IsNullOrEmpty(_query) || _query.Length > MaxReparsedLength)
        {
            return null;
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(_query, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (Exception)
        {
            return null;
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(_operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == _operationName);
    }

    private static string TypeName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "unknown",
    };
}
