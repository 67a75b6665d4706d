using BackOffice.Api.Common.Mutations;
using BackOffice.Infrastructure.Commands;
using GraphQL.Types;

namespace BackOffice.Api.Operations;

public static class OperationMutations
{
    public static void AddOperationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CaptureOperationPayloadType>, OperationPayload>("captureOperation")
            .Description("Captures part or all of an open authorization (within 4 days, 29 for PayPal).")
            .Argument<NonNullGraphType<CaptureOperationInputType>>("input")
            .ResolveCommand((CaptureOperationInput input) => new CaptureOperation(input.OperationId, input.Amount, input.Currency, input.Description),
                input => input.IdempotencyKey, OperationPayload.From);

        mutation.Field<NonNullGraphType<RefundOperationPayloadType>, OperationPayload>("refundOperation")
            .Description("Refunds part or all of what was captured on the order.")
            .Argument<NonNullGraphType<RefundOperationInputType>>("input")
            .ResolveCommand((RefundOperationInput input) => new RefundOperation(input.OperationId, input.Amount, input.Currency, input.Description),
                input => input.IdempotencyKey, OperationPayload.From);

        mutation.Field<NonNullGraphType<CancelOperationPayloadType>, OperationPayload>("cancelOperation")
            .Description("Voids an open authorization, or cancels a capture on the business day it was made (not PayPal).")
            .Argument<NonNullGraphType<CancelOperationInputType>>("input")
            .ResolveCommand((CancelOperationInput input) => new CancelOperation(input.OperationId, input.Description),
                input => input.IdempotencyKey, OperationPayload.From);
    }
}
