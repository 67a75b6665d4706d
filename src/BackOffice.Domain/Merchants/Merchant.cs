namespace BackOffice.Domain.Merchants;

/// <summary>A tenant: every order, operation, contract and event belongs to exactly one merchant.</summary>
public sealed class Merchant
{
    public Merchant(string merchantId, string name)
    {
        MerchantId = merchantId;
        Name = name;
    }

    public string MerchantId { get; private set; }

    public string Name { get; private set; }
}
