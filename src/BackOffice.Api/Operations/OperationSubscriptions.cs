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
/// With <c>after</c> (or a transport's resume point, <see cref="GraphQLUserContext.ResumeAfter"/>) the merchant's events
/// after that sequence that pass the same filter are replayed from the outbox first. Each event's <c>extensions.sequence</c>
/// is the point to resume after (an <c>Order</c> payload has no field for it).
/// </summary>
public static class OperationSubscriptions
{
    private const string AfterDescription =
        "Resume: the `sequence` (or `extensions.sequence`) of the last event received. The events after it that match the other arguments are " +
        "sent first, then live ones, none twice. Older than the replay retention: error RESUME_POINT_EXPIRED (refetch instead).";

    public static void AddOperationSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<OperationStatusChangedEventType>>("operationStatusChanged")
            .Description("Every operation created or whose result changes, of one order or operation, or of the whole merchant.")
            .Argument<StringGraphType>("orderId")
            .Argument<StringGraphType>("operationId")
            .Argument<LongGraphType>("after", AfterDescription)
            .ResolveStreamAsync(c =>
            {
                var orderId = c.GetArgument<string?>("orderId");
                var operationId = c.GetArgument<string?>("operationId");
                return SubscribeAsync(c, e => (orderId is null || e.Order.OrderId == orderId) && (operationId is null || e.Operation.OperationId == operationId));
            })
            .Resolve(c => Delivered(c));

        subscription.Field<NonNullGraphType<OrderGraphType>>("orderUpdated")
            .Description("An order each time its totals or status change (once per change, however many operations it touched).")
            .Argument<StringGraphType>("orderId")
            .Argument<LongGraphType>("after", AfterDescription)
            .ResolveStreamAsync(c =>
            {
                var orderId = c.GetArgument<string?>("orderId");
                var latest = new Dictionary<long, int>();
                return SubscribeAsync(c, e =>
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
            .Resolve(c => Delivered(c).Order.ToOrder());
    }

    /// <summary>The event being executed, its sequence recorded where the transport and the client find it.</summary>
    private static OperationEventContract Delivered(IResolveFieldContext context)
    {
        var operationEvent = (OperationEventContract)context.Source!;
        context.OutputExtensions[EventSequence.Extension] = operationEvent.Sequence;
        return operationEvent;
    }

    private static async Task<IObservable<object?>> SubscribeAsync(IResolveFieldContext context, Func<OperationEventContract, bool> filter)
    {
        var merchantId = context.Service<RequestTenant>().MerchantId
            ?? throw ArgumentError.Create(GraphQLErrorCodes.Unauthenticated, "Subscriptions need a valid API key in connection_init.");
        var after = context.GetArgument<long?>("after") ?? (context.UserContext as GraphQLUserContext)?.ResumeAfter;
        EventReplay? replay = null;
        if (after is { } resumePoint)
        {
            try
            {
                replay = await context.Service<OutboxReplay>().ResumeAsync(merchantId, resumePoint, context.CancellationToken);
            }
            catch (ResumeRefusedException refused)
            {
                throw ArgumentError.Create(refused.Code, refused.Message, ("after", resumePoint));
            }
        }

        return context.Service<EventHub>().Subscribe(merchantId, filter, replay);
    }
}
