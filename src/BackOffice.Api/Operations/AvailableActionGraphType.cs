using BackOffice.Domain.Orders;
using GraphQL.Types;

namespace BackOffice.Api.Operations;

public sealed class AvailableActionGraphType : ObjectGraphType<AvailableAction>
{
    public AvailableActionGraphType()
    {
        Name = "AvailableAction";
        Description = "An action the operation accepts now, with the most it may move and until when.";
        Field<NonNullGraphType<OperationActionType>>("action").Resolve(c => c.Source.Action);
        Field(a => a.MaxAmount)
            .Description("The most the action may move, in minor units; a cancel or void always moves exactly this much.");
        Field(a => a.Currency);
        Field(a => a.Until, nullable: true)
            .Description("The last instant the action is accepted (the capture window, the capture's business day in Rome); null when it does not expire.");
    }
}
