namespace BackOffice.Api.Rest;

/// <summary><c>TO_CAPTURE</c>: authorized and not fully captured; <c>CAPTURED</c>: something captured.</summary>
public enum OrderState
{
    ToCapture,
    Captured,
}
