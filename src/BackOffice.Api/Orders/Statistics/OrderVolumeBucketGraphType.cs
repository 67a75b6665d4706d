using GraphQL.Types;

namespace BackOffice.Api.Orders.Statistics;

public sealed class OrderVolumeBucketGraphType : ObjectGraphType<OrderVolumeBucket>
{
    public OrderVolumeBucketGraphType()
    {
        Name = "OrderVolumeBucket";
        Description = "One local hour or day that holds orders.";
        Field<NonNullGraphType<Common.Scalars.DateTimeType>>("start")
            .Description("Start of the bucket (the local hour, or local midnight), as an instant.")
            .Resolve(c => c.Source.Start);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderVolumeGraphType>>>>("volumes")
            .Description("One entry per currency, ordered by currency.")
            .Resolve(c => c.Source.Volumes);
    }
}
