using BackOffice.Domain.Merchants;

namespace BackOffice.Api.Security;

/// <param name="PersistedOnly">The key runs only trusted documents (<see cref="ApiKey.PersistedOnly"/>).</param>
/// <param name="IsWarmup">
/// The instance's own warm-up credential (<see cref="WarmupCredential"/>), not a merchant's key: it draws on no rate limit or cost
/// budget, and its requests stay out of the request metrics.
/// </param>
public sealed record AuthenticatedKey(long ApiKeyId, string MerchantId, ApiKeyRole Role, bool PersistedOnly = false, bool IsWarmup = false);
