namespace BackOffice.Domain.Orders;

public enum OperationType
{
    Authorization,
    Capture,
    Void,
    Refund,
    Cancel,
}
