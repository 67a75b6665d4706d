namespace BackOffice.Api.Security;

/// <summary>
/// The secret a fresh instance's warm-up sends as its <c>X-Api-Key</c> (<see cref="ApiKeyAuthenticator.IssueWarmupCredential"/>):
/// random, held only in this process's memory, never logged. Disposing it revokes it.
/// </summary>
public sealed class WarmupCredential(string secret, Action revoke) : IDisposable
{
    public string Secret { get; } = secret;

    public void Dispose() => revoke();
}
