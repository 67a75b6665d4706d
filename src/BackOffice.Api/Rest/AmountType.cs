namespace BackOffice.Api.Rest;

/// <summary>Which amount <c>minAmount</c> and <c>maxAmount</c> bound in <c>GET /orders</c>.</summary>
public enum AmountType
{
    OrderAmount,
    AuthorizedAmount,
    CapturedAmount,
}
