namespace BackOffice.Domain.Orders;

public enum Channel
{
    Ecommerce,
    Pos,
    Backoffice,
}
