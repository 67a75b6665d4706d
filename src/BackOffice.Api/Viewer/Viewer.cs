using BackOffice.Domain.Merchants;

namespace BackOffice.Api.Viewer;

/// <summary>The caller as a front end shows it: the merchant it acts for and what its key may do.</summary>
public sealed record Viewer(string MerchantId, string MerchantName, string KeyName, ApiKeyRole Role);
