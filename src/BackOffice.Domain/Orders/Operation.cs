namespace BackOffice.Domain.Orders;

/// <summary>
/// A fact recorded by the gateway or by this back office: a payment, capture, refund, void or cancel.
/// Immutable except for its result, which the order changes as later operations act on it.
/// </summary>
public sealed class Operation
{
    private Operation()
    {
        MerchantId = OrderId = OperationId = OperationCurrency = string.Empty;
    }

    internal Operation(Order order, string operationId, OperationType type, OperationResult result, long amount, DateTime time, Channel channel)
    {
        Order = order;
        OrderKey = order.Id;
        MerchantId = order.MerchantId;
        OrderId = order.OrderId;
        OperationId = operationId;
        OperationType = type;
        OperationResult = result;
        OperationAmount = amount;
        OperationCurrency = order.Currency;
        OperationTime = time;
        Channel = channel;
    }

    /// <summary>An operation as an event carried it, on its restored order: detached, for reading only.</summary>
    public static Operation Restore(
        Order order, long id, string operationId, OperationType type, OperationResult result, long amount, string currency, DateTime time,
        Channel channel, string? paymentMethod, string? paymentCircuit, string? paymentInstrumentInfo, string? parentOperationId,
        string? description, string? contractId, long? apiKeyId, string? correlationId) =>
        new(order, operationId, type, result, amount, time, channel)
        {
            Id = id,
            OperationCurrency = currency,
            PaymentMethod = paymentMethod,
            PaymentCircuit = paymentCircuit,
            PaymentInstrumentInfo = paymentInstrumentInfo,
            ParentOperationId = parentOperationId,
            Description = description,
            ContractId = contractId,
            ApiKeyId = apiKeyId,
            CorrelationId = correlationId,
        };

    public long Id { get; private set; }

    public string MerchantId { get; private set; }

    /// <summary>The owning order's surrogate key.</summary>
    public long OrderKey { get; private set; }

    public Order Order { get; private set; } = null!;

    /// <summary>The merchant's order id, kept on the row so operations filter by it without a join.</summary>
    public string OrderId { get; private set; }

    public string OperationId { get; private set; }

    public OperationType OperationType { get; private set; }

    public OperationResult OperationResult { get; private set; }

    public long OperationAmount { get; private set; }

    public string OperationCurrency { get; private set; }

    public DateTime OperationTime { get; private set; }

    public Channel Channel { get; private set; }

    public string? PaymentMethod { get; internal set; }

    public string? PaymentCircuit { get; internal set; }

    public string? PaymentInstrumentInfo { get; internal set; }

    public string? ParentOperationId { get; internal set; }

    public string? Description { get; internal set; }

    public string? ContractId { get; internal set; }

    /// <summary>Audit: the API key whose request created this operation (null for gateway traffic).</summary>
    public long? ApiKeyId { get; internal set; }

    /// <summary>Audit: the correlation id of the request that created this operation.</summary>
    public string? CorrelationId { get; internal set; }

    /// <summary>On a CANCEL, the capture it undoes: a cancel only ever targets a capture, so this is its parent.</summary>
    public string? CancelledOperationId => OperationType == OperationType.Cancel ? ParentOperationId : null;

    /// <summary>The operation that started the payment (an authorization, or an implicit capture).</summary>
    public bool IsPayment => ParentOperationId is null;

    internal void ChangeResult(OperationResult result) => OperationResult = result;
}
