using GraphQL;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// Each subscription event's result carries its sequence in <c>extensions.sequence</c>: the client's resume point (whatever
/// the payload type) and the transport's event id (SSE's <c>id:</c>), read without parsing the payload.
/// </summary>
public static class EventSequence
{
    public const string Extension = "sequence";

    /// <summary>The sequence of the event <paramref name="result"/> was executed for; null for a result that is not an event.</summary>
    public static long? Of(ExecutionResult result) =>
        result.Extensions is { } extensions && extensions.TryGetValue(Extension, out var value) && value is long sequence ? sequence : null;
}
