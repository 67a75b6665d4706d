namespace BackOffice.Api.Transport;

/// <summary>The single writer of one client's connection (a socket, an event stream), which <see cref="SendDeadlines"/> can cut off.</summary>
public interface IAbortableWriter
{
    /// <summary>Drops the client's connection and ends what it was subscribed to: it stopped reading.</summary>
    void Abort();
}
