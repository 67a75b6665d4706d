using System.Buffers;
using BackOffice.Domain.Common;

namespace BackOffice.Domain.Orders;

/// <summary>
/// The aggregate: an order and its operations. Every change goes through here, so the totals and status kept
/// on the row (for SQL filters and sorts) always follow from the operations.
/// </summary>
public sealed class Order
{
    public const int MaxOrderIdLength = 27;
    public const int MaxCustomerIdLength = 27;
    public const int MaxTextLength = 255;

    private static readonly SearchValues<char> OrderIdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789#*+-.:;=?[]_{|}");

    private readonly List<Operation> _operations = [];
    private readonly List<OperationChange> _changes = [];

    private Order()
    {
        MerchantId = OrderId = Currency = string.Empty;
    }

    public long Id { get; private set; }

    public string MerchantId { get; private set; }

    public string OrderId { get; private set; }

    public long Amount { get; private set; }

    public string Currency { get; private set; }

    public string? CustomerId { get; private set; }

    public string? Description { get; private set; }

    public string? CustomField { get; private set; }

    public Channel Channel { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public long AuthorizedAmount { get; private set; }

    public long CapturedAmount { get; private set; }

    public long RefundedAmount { get; private set; }

    public OrderStatus Status { get; private set; }

    public OperationType? LastOperationType { get; private set; }

    public DateTime? LastOperationTime { get; private set; }

    /// <summary>Optimistic concurrency token: bumped by every change, so racing writers cannot both win.</summary>
    public int Version { get; private set; }

    /// <summary>The sequence number of the order's latest event: events of one order are numbered 1, 2, 3, …</summary>
    public long EventSequence { get; private set; }

    public IReadOnlyList<Operation> Operations => _operations;

    /// <summary>Operations created or changed since the order was loaded, in the order they happened.</summary>
    public IReadOnlyList<OperationChange> Changes => _changes;

    public Operation? Payment => _operations.Find(o => o.IsPayment);

    public static Result<Order> Place(
        string merchantId, string orderId, long amount, string currency, string? customerId, string? description,
        Channel channel, DateTime createdAt, string? customField = null)
    {
        if (orderId.Length is 0 or > MaxOrderIdLength || orderId.AsSpan().ContainsAnyExcept(OrderIdCharacters))
        {
            return new InvalidInputError(
                $"An order id has 1 to {MaxOrderIdLength} characters among A-Z a-z 0-9 # * + - . : ; = ? [ ] _ {{ | }}.", "orderId");
        }

        if (amount <= 0)
        {
            return new InvalidAmountError("An order's amount must be a positive number of minor units.");
        }

        if (!Common.Currency.IsKnown(currency))
        {
            return new InvalidInputError($"'{currency}' is not a currency the gateway settles in.", "currency");
        }

        if (customerId?.Length > MaxCustomerIdLength || description?.Length > MaxTextLength || customField?.Length > MaxTextLength)
        {
            return new InvalidInputError(
                $"A customer id has at most {MaxCustomerIdLength} characters; a description or custom field at most {MaxTextLength}.", "order");
        }

        return Result<Order>.Success(new Order
        {
            MerchantId = merchantId,
            OrderId = orderId,
            Amount = amount,
            Currency = currency,
            CustomerId = customerId,
            Description = description,
            CustomField = customField,
            Channel = channel,
            CreatedAt = createdAt,
            Status = OrderStatus.Pending,
        });
    }

    /// <summary>
    /// An order as an event carried it: detached, for reading only (no operations, no changes). Events are their own
    /// contract; this is how a subscriber's fields resolve from one without a database round trip.
    /// </summary>
    public static Order Restore(
        long id, string merchantId, string orderId, long amount, string currency, string? customerId, string? description,
        string? customField, Channel channel, DateTime createdAt, long authorizedAmount, long capturedAmount, long refundedAmount,
        OrderStatus status, OperationType? lastOperationType, DateTime? lastOperationTime, int version) => new()
    {
        Id = id,
        MerchantId = merchantId,
        OrderId = orderId,
        Amount = amount,
        Currency = currency,
        CustomerId = customerId,
        Description = description,
        CustomField = customField,
        Channel = channel,
        CreatedAt = createdAt,
        AuthorizedAmount = authorizedAmount,
        CapturedAmount = capturedAmount,
        RefundedAmount = refundedAmount,
        Status = status,
        LastOperationType = lastOperationType,
        LastOperationTime = lastOperationTime,
        Version = version,
    };

    /// <summary>Records the gateway's payment operation for this order (checkout traffic, not a back-office command).</summary>
    public Result<Operation> RecordPayment(PaymentRecord payment) => Apply(() => OrderRules.RecordPayment(this, payment));

    /// <summary>A pending payment (3-D Secure, APM) reaches its final result.</summary>
    public Result<Operation> SettlePayment(OperationResult result) => Apply(() => OrderRules.SettlePayment(this, result));

    public Result<Operation> Capture(string targetOperationId, long amount, string currency, OperationRequest request) =>
        Apply(() => OrderRules.Capture(this, Find(targetOperationId), amount, currency, request));

    /// <summary>
    /// Gives captured money back; on an authorization with nothing captured it releases that much of it instead
    /// (a VOID of the amount; releasing all that is left voids the order), as the gateway's refund does.
    /// </summary>
    public Result<Operation> Refund(string targetOperationId, long amount, string currency, OperationRequest request) =>
        Apply(() => OrderRules.Refund(this, Find(targetOperationId), amount, currency, request));

    /// <summary>Our GraphQL cancel: cancels a capture as the gateway does, and voids an authorization (our extension).</summary>
    public Result<Operation> Cancel(string targetOperationId, OperationRequest request) =>
        Apply(() => OrderRules.Cancel(this, Find(targetOperationId), request));

    /// <summary>The gateway's cancel: only a capture, on its business day, never PayPal; anything else is refused.</summary>
    public Result<Operation> CancelCapture(string targetOperationId, OperationRequest request) =>
        Apply(() => OrderRules.CancelCapture(this, Find(targetOperationId), request));

    /// <summary>Releases all that is left of an authorization with nothing captured.</summary>
    public Result<Operation> Void(string targetOperationId, OperationRequest request) =>
        Apply(() => OrderRules.Void(this, Find(targetOperationId), request));

    /// <summary>The commands the operation accepts at <paramref name="now"/>, decided by the rules the commands use.</summary>
    public IReadOnlyList<AvailableAction> AvailableActions(string operationId, DateTime now) =>
        Find(operationId) is { } target ? OrderRules.AvailableActions(this, target, now) : [];

    internal Operation Add(string operationId, OperationType type, OperationResult result, long amount, DateTime time, Channel channel)
    {
        var operation = new Operation(this, operationId, type, result, amount, time, channel);
        _operations.Add(operation);
        return operation;
    }

    private Operation? Find(string operationId) => _operations.Find(o => o.OperationId == operationId);

    /// <summary>Runs a rule; on success re-derives totals and status and records what changed. A refusal changes nothing.</summary>
    private Result<Operation> Apply(Func<Result<Operation>> rule)
    {
        var before = _operations.ToDictionary(o => o, o => o.OperationResult);
        var result = rule();
        if (!result.IsSuccess)
        {
            return result;
        }

        var totals = OrderTotals.Derive(_operations);
        if (Payment is { } payment && totals.PaymentResult is { } paymentResult)
        {
            payment.ChangeResult(paymentResult);
        }

        AuthorizedAmount = totals.Authorized;
        CapturedAmount = totals.Captured;
        RefundedAmount = totals.Refunded;
        Status = totals.Status;
        var last = _operations.MaxBy(o => o.OperationTime);
        LastOperationType = last?.OperationType;
        LastOperationTime = last?.OperationTime;
        Version++;

        foreach (var created in _operations.Where(o => !before.ContainsKey(o)))
        {
            _changes.Add(new OperationChange(created, null, ++EventSequence));
        }

        foreach (var changed in _operations.Where(o => before.TryGetValue(o, out var previous) && previous != o.OperationResult))
        {
            _changes.Add(new OperationChange(changed, before[changed], ++EventSequence));
        }

        return result;
    }
}
