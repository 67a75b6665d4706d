using BackOffice.Benchmarks;

namespace BackOffice.Soak;

/// <summary>One API instance of the pair: its process (replaced when it is crashed and restarted) and when it was crashed.</summary>
public sealed class Instance(string name, int port)
{
    public string Name => name;

    public int Port => port;

    public string BaseUrl => $"http://127.0.0.1:{port}";

    public ApiProcess? Process { get; set; }

    /// <summary>Set just before the kill: requests in flight then, and sockets that end after it, are the crash's own.</summary>
    public DateTime? CrashedAt { get; set; }

    public DateTime? RestartedAt { get; set; }
}
