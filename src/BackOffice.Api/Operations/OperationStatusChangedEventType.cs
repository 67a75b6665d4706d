using BackOffice.Api.Common.Scalars;
using BackOffice.Api.Orders;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Outbox;
using GraphQL.Types;

namespace BackOffice.Api.Operations;

public sealed class OperationStatusChangedEventType : ObjectGraphType<OperationEventContract>
{
    public OperationStatusChangedEventType()
    {
        Name = "OperationStatusChangedEvent";
        Description = "An operation was created or its result changed.";
        Field<NonNullGraphType<IdGraphType>>("eventId").Description("Unique: an event may arrive twice, never two events with one id.")
            .Resolve(c => c.Source.EventId);
        Field<NonNullGraphType<LongGraphType>>("sequence")
            .Description("Increasing per merchant in commit order (so also per order): pass the last one received as `after` to resume.").Resolve(c => c.Source.Sequence);
        Field<NonNullGraphType<DateTimeType>>("occurredAt").Resolve(c => c.Source.OccurredAt);
        Field<NonNullGraphType<OperationGraphType>>("operation").Description("The operation as it is after the change.").Resolve(c => c.Source.Operation.ToOperation(c.Source.Order.ToOrder()));
        Field<NonNullGraphType<OrderGraphType>>("order").Description("The order as it is after the change.").Resolve(c => c.Source.Order.ToOrder());
        Field<EnumerationGraphType<OperationResult>>("previousResult").Description("Null when the operation is new.").Resolve(c => c.Source.PreviousOperationResult);
    }
}
