namespace BackOffice.Domain.Merchants;

public enum ApiKeyRole
{
    /// <summary>Queries and subscriptions.</summary>
    Read,

    /// <summary>Also mutations.</summary>
    Operate,
}
