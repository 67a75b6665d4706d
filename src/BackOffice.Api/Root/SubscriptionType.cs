using BackOffice.Api.Operations;
using GraphQL.Types;

namespace BackOffice.Api.Root;

public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        this.AddOperationSubscriptions();
    }
}
