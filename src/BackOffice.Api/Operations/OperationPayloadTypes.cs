using BackOffice.Api.Common.Mutations;
using BackOffice.Api.Orders;
using GraphQL.Types;

namespace BackOffice.Api.Operations;

/// <summary>HotChocolate's mutation-convention payload: the data fields, and <c>errors</c> (null on success).</summary>
public abstract class OperationPayloadType<TErrorUnion> : ObjectGraphType<OperationPayload> where TErrorUnion : UnionGraphType
{
    protected OperationPayloadType(string name)
    {
        Name = name;
        Field<OperationGraphType>("operation").Description("The operation this mutation created.").Resolve(c => c.Source.Operation);
        Field<OrderGraphType>("order").Description("The order after the change.").Resolve(c => c.Source.Order);
        Field<ListGraphType<NonNullGraphType<TErrorUnion>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class CaptureOperationPayloadType() : OperationPayloadType<CaptureOperationErrorType>("CaptureOperationPayload");

public sealed class RefundOperationPayloadType() : OperationPayloadType<RefundOperationErrorType>("RefundOperationPayload");

public sealed class CancelOperationPayloadType() : OperationPayloadType<CancelOperationErrorType>("CancelOperationPayload");

public sealed class CaptureOperationErrorType : UnionGraphType
{
    public CaptureOperationErrorType()
    {
        Name = "CaptureOperationError";
        Type<NotFoundErrorType>();
        Type<InvalidAmountErrorType>();
        Type<CurrencyMismatchErrorType>();
        Type<AmountExceedsAvailableErrorType>();
        Type<InvalidOperationStateErrorType>();
        Type<IdempotencyKeyReusedErrorType>();
        Type<InvalidInputErrorType>();
    }
}

public sealed class RefundOperationErrorType : UnionGraphType
{
    public RefundOperationErrorType()
    {
        Name = "RefundOperationError";
        Type<NotFoundErrorType>();
        Type<InvalidAmountErrorType>();
        Type<CurrencyMismatchErrorType>();
        Type<AmountExceedsAvailableErrorType>();
        Type<InvalidOperationStateErrorType>();
        Type<IdempotencyKeyReusedErrorType>();
        Type<InvalidInputErrorType>();
    }
}

public sealed class CancelOperationErrorType : UnionGraphType
{
    public CancelOperationErrorType()
    {
        Name = "CancelOperationError";
        Type<NotFoundErrorType>();
        Type<InvalidOperationStateErrorType>();
        Type<IdempotencyKeyReusedErrorType>();
        Type<InvalidInputErrorType>();
    }
}
