namespace BackOffice.Domain.Orders;

/// <summary>
/// The payment operation the gateway records at checkout: an <c>AUTHORIZATION</c> (explicit capture, or a
/// refusal) or a <c>CAPTURE</c> (implicit capture), possibly <c>PENDING</c> while 3-D Secure or an APM settles.
/// </summary>
public sealed record PaymentRecord(
    string OperationId,
    OperationType Type,
    OperationResult Result,
    DateTime Time,
    Channel Channel,
    string PaymentMethod,
    string PaymentCircuit,
    string? PaymentInstrumentInfo,
    string? ContractId = null);
