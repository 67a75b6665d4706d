using BackOffice.Domain.Merchants;

namespace BackOffice.Api.Security;

/// <param name="PersistedOnly">The key runs only trusted documents (<see cref="ApiKey.PersistedOnly"/>).</param>
public sealed record AuthenticatedKey(long ApiKeyId, string MerchantId, ApiKeyRole Role, bool PersistedOnly = false);
