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
            .Description("Refunds part or all of what was captured on the order. On an authorization with nothing captured it releases that much of it instead, as the gateway does: a VOID of the amount; the order stays AUTHORIZED with less to capture, or is VOIDED when nothing is left.")
            .Argument<NonNullGraphType<RefundOperationInputType>>("input")
            .ResolveCommand((RefundOperationInput input) => new RefundOperation(input.OperationId, input.Amount, input.Currency, input.Description),
                input => input.IdempotencyKey, OperationPayload.From);

        mutation.Field<NonNullGraphType<CancelOperationPayloadType>, OperationPayload>("cancelOperation")
            .Description("Cancels a capture on the business day it was made (Europe/Rome; not PayPal), as the gateway does. Our extension: on an open authorization with nothing captured it voids what is left of it; the gateway's cancel (and our REST door) applies to captures only.")
            .Argument<NonNullGraphType<CancelOperationInputType>>("input")
            .ResolveCommand((CancelOperationInput input) => new CancelOperation(input.OperationId, input.Description),
                input => input.IdempotencyKey, OperationPayload.From);
    }
}
