using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Mutations;
using BackOffice.Infrastructure.Commands;
using GraphQL;
using GraphQL.Types;

namespace BackOffice.Api.Operations;

public static class OperationMutations
{
    public static void AddOperationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CaptureOperationPayloadType>, OperationPayload>("captureOperation")
            .Description("Captures part or all of an open authorization (within 4 days, 29 for PayPal).")
            .Argument<NonNullGraphType<CaptureOperationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CaptureOperationInput>("input");
                var context = c.RequireOperator(input.IdempotencyKey);
                return OperationPayload.From(await MutationGuard.Conflicts(() => c.Service<OrderCommandService>()
                    .CaptureAsync(input.OperationId, input.Amount, input.Currency, input.Description, context, c.CancellationToken)));
            });

        mutation.Field<NonNullGraphType<RefundOperationPayloadType>, OperationPayload>("refundOperation")
            .Description("Refunds part or all of what was captured on the order. On an authorization with nothing captured it releases that much of it instead, as the gateway does: a VOID of the amount; the order stays AUTHORIZED with less to capture, or is VOIDED when nothing is left.")
            .Argument<NonNullGraphType<RefundOperationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RefundOperationInput>("input");
                var context = c.RequireOperator(input.IdempotencyKey);
                return OperationPayload.From(await MutationGuard.Conflicts(() => c.Service<OrderCommandService>()
                    .RefundAsync(input.OperationId, input.Amount, input.Currency, input.Description, context, c.CancellationToken)));
            });

        mutation.Field<NonNullGraphType<CancelOperationPayloadType>, OperationPayload>("cancelOperation")
            .Description("Cancels a capture on the business day it was made (Europe/Rome; not PayPal), as the gateway does. Our extension: on an open authorization with nothing captured it voids what is left of it; the gateway's cancel (and our REST door) applies to captures only.")
            .Argument<NonNullGraphType<CancelOperationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CancelOperationInput>("input");
                var context = c.RequireOperator(input.IdempotencyKey);
                return OperationPayload.From(await MutationGuard.Conflicts(() => c.Service<OrderCommandService>()
                    .CancelAsync(input.OperationId, input.Description, context, c.CancellationToken)));
            });
    }
}
