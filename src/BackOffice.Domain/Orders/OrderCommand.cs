namespace BackOffice.Domain.Orders;

/// <summary>What the back office may ask of an existing operation.</summary>
public enum OrderCommand
{
    Capture,

    /// <summary>Gives captured money back; on an authorization with nothing captured, releases (voids) part or all of it.</summary>
    Refund,

    /// <summary>The gateway's cancel: undoes a capture on its business day.</summary>
    Cancel,

    /// <summary>Releases what is left of an authorization with nothing captured.</summary>
    Void,
}
