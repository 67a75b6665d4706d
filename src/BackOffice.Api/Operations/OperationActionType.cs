using BackOffice.Domain.Orders;
using GraphQL.Types;

namespace BackOffice.Api.Operations;

public sealed class OperationActionType : EnumerationGraphType<OrderCommand>
{
    public OperationActionType()
    {
        Name = "OperationAction";
        Description = "What the back office may do to an operation.";
        Value(OrderCommand.Capture).Description = "Capture (part of) an authorization: the `capture` mutation.";
        Value(OrderCommand.Refund).Description =
            "Refund captured money; on an authorization with nothing captured, release (void) part or all of it: the `refund` mutation.";
        Value(OrderCommand.Cancel).Description = "Cancel a capture on its business day, as the gateway does: the `cancel` mutation.";
        Value(OrderCommand.Void).Description =
            "Release what is left of an authorization with nothing captured: the `cancel` mutation on the authorization (our extension).";
    }

    private EnumValueDefinition Value(OrderCommand command) => Values.FindByValue(command)!;
}
