namespace BackOffice.Infrastructure.Outbox;

/// <summary>A resume point the outbox cannot replay from; <see cref="Code"/> tells the client why (each means: refetch).</summary>
public sealed class ResumeRefusedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
