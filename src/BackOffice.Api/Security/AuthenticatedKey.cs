using BackOffice.Domain.Merchants;

namespace BackOffice.Api.Security;

public sealed record AuthenticatedKey(long ApiKeyId, string MerchantId, ApiKeyRole Role);
