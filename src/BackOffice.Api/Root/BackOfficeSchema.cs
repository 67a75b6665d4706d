using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Scalars;
using GraphQL;
using GraphQL.Types;

namespace BackOffice.Api.Root;

public sealed class BackOfficeSchema : Schema
{
    public BackOfficeSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Subscription = services.GetRequiredService<SubscriptionType>();
        // HotChocolate's DateTime (offset required, UTC out) instead of GraphQL.NET's.
        RegisterTypeMapping(typeof(DateTime), typeof(DateTimeType));
        Directives.Register(new CostDirective(), new ListSizeDirective());
    }
}
