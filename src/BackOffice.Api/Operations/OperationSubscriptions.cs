using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Orders;
using BackOffice.Api.Security;
using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Outbox;
using GraphQL;
using GraphQL.Types;

namespace BackOffice.Api.Operations;

/// <summary>
/// Live events, always limited to the caller's merchant and then to the arguments. An <c>orderId</c> that does not
/// exist (yet) is accepted: the subscription simply waits; another merchant's order of that id never matches.
/// </summary>
public static class OperationSubscriptions
{
    public static void AddOperationSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<OperationStatusChangedEventType>>("operationStatusChanged")
            .Description("Every operation created or whose result changes, of one order or operation, or of the whole merchant.")
            .Argument<StringGraphType>("orderId")
            .Argument<StringGraphType>("operationId")
            .ResolveStream(c =>
            {
                var orderId = c.GetArgument<string?>("orderId");
                var operationId = c.GetArgument<string?>("operationId");
                return Subscribe(c, e => (orderId is null || e.Order.OrderId == orderId) && (operationId is null || e.Operation.OperationId == operationId));
            })
            .Resolve(c => c.Source);

        subscription.Field<NonNullGraphType<OrderGraphType>>("orderUpdated")
            .Description("An order each time its totals or status change (once per change, however many operations it touched).")
            .Argument<StringGraphType>("orderId")
            .ResolveStream(c =>
            {
                var orderId = c.GetArgument<string?>("orderId");
                var latest = new Dictionary<long, int>();
                return Subscribe(c, e =>
                {
                    if (orderId is not null && e.Order.OrderId != orderId)
                    {
                        return false;
                    }

                    lock (latest)
                    {
                        if (latest.TryGetValue(e.OrderKey, out var version) && version >= e.Order.Version)
                        {
                            return false;
                        }

                        latest[e.OrderKey] = e.Order.Version;
                        return true;
                    }
                });
            })
            .Resolve(c => ((OperationEvent)c.Source!).Order);
    }

    private static EventSubscriber Subscribe(IResolveFieldContext context, Func<OperationEvent, bool> filter)
    {
        var merchantId = context.Service<RequestTenant>().MerchantId
            ?? throw ArgumentError.Create(GraphQLErrorCodes.Unauthenticated, "Subscriptions need a valid API key in connection_init.");
        return context.Service<EventHub>().Subscribe(merchantId, filter);
    }
}
