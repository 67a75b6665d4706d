namespace BackOffice.Domain.Orders;

public enum OrderStatus
{
    Pending,
    Authorized,
    PartiallyCaptured,
    Captured,
    PartiallyRefunded,
    Refunded,
    Voided,
    Declined,
}
