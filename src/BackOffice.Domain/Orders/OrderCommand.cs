namespace BackOffice.Domain.Orders;

/// <summary>What the back office may ask of an existing operation.</summary>
public enum OrderCommand
{
    Capture,
    Refund,
    Cancel,
}
