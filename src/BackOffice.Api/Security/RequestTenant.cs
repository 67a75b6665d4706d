using BackOffice.Domain.Merchants;
using BackOffice.Infrastructure.Persistence;

namespace BackOffice.Api.Security;

/// <summary>Who the current request acts for; set once by the transport after the API key is checked.</summary>
public sealed class RequestTenant : ICurrentTenant
{
    public AuthenticatedKey? Key { get; private set; }

    public string? MerchantId => Key?.MerchantId;

    public bool CanOperate => Key?.Role == ApiKeyRole.Operate;

    public void SignIn(AuthenticatedKey key)
    {
        if (Key is not null && Key != key)
        {
            throw new InvalidOperationException("A request acts for one API key only.");
        }

        Key = key;
    }
}
