namespace BackOffice.Api.Transport.Subscriptions;

/// <summary>One subscriber (a socket and its operation id) of a shared subscription execution.</summary>
public interface IAudienceMember
{
    /// <summary>The transport's protocol (e.g. <c>graphql-transport-ws</c>), the label its subscription is counted under.</summary>
    string Protocol { get; }

    /// <summary>
    /// An event's result, serialized once for every member: frame it with this member's id and send it or queue it, never waiting for the client.
    /// <paramref name="sequence"/> is the event's sequence (also in the payload's <c>extensions.sequence</c>), for a transport
    /// that labels events with their resume point (SSE's <c>id:</c>); null for a result that is not an event.
    /// </summary>
    void Next(byte[] payload, long? sequence);

    /// <summary>The shared stream failed (the same error for every member): end this member's operation with it.</summary>
    void Failed(string code, string message);

    /// <summary>The shared stream ended: end this member's operation.</summary>
    void Completed();
}
