using GraphQL.Types;

namespace BackOffice.Api.Operations;

public sealed class CaptureOperationInputType : InputObjectGraphType<CaptureOperationInput>
{
    public CaptureOperationInputType()
    {
        Name = "CaptureOperationInput";
        Field(i => i.OperationId).Description("The AUTHORIZATION to capture.");
        Field(i => i.Amount).Description("In the order's minor units; at most what is authorized and not yet captured.");
        Field(i => i.Currency).Description("The order's currency (ISO 4217).");
        Field(i => i.Description, nullable: true);
        Field(i => i.IdempotencyKey).Description("1 to 64 characters; the same key with the same input replays the first result.");
    }
}

public sealed class RefundOperationInputType : InputObjectGraphType<RefundOperationInput>
{
    public RefundOperationInputType()
    {
        Name = "RefundOperationInput";
        Field(i => i.OperationId).Description("The payment operation or a CAPTURE of the order.");
        Field(i => i.Amount).Description("In the order's minor units; at most what is captured and not yet refunded, or with nothing captured what the authorization still holds.");
        Field(i => i.Currency).Description("The order's currency (ISO 4217).");
        Field(i => i.Description, nullable: true);
        Field(i => i.IdempotencyKey).Description("1 to 64 characters; the same key with the same input replays the first result.");
    }
}

public sealed class CancelOperationInputType : InputObjectGraphType<CancelOperationInput>
{
    public CancelOperationInputType()
    {
        Name = "CancelOperationInput";
        Field(i => i.OperationId).Description("A CAPTURE made today (canceled), or an open AUTHORIZATION (voided: our extension).");
        Field(i => i.Description, nullable: true);
        Field(i => i.IdempotencyKey).Description("1 to 64 characters; the same key with the same input replays the first result.");
    }
}
