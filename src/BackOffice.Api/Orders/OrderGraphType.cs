using System.Linq.Expressions;
using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Relay;
using BackOffice.Api.Common.Sorting;
using BackOffice.Api.Operations;
using BackOffice.Domain.Orders;
using GraphQL;
using GraphQL.Types;

namespace BackOffice.Api.Orders;

public sealed class OrderGraphType : ObjectGraphType<Order>
{
    /// <summary>Parsed once: each of a page's 50 orders asks for its operations in the default order.</summary>
    private static readonly IReadOnlyList<SortTerm<Operation>> DefaultOperationOrder = SortTranslator.Parse(OperationListing.ForOrder, null);

    /// <summary>What the loader groups an order's operations by, so read whatever the selection.</summary>
    private static readonly Expression<Func<Operation, long>> GroupedBy = o => o.OrderKey;

    /// <summary>The columns the default order's rows always hold: built once, not for each of a page's 50 orders.</summary>
    private static readonly LambdaExpression[] DefaultOrderColumns = OperationColumns(DefaultOperationOrder);

    public OrderGraphType()
    {
        Name = "Order";
        Description = "A purchase, identified by the merchant's order id, with its totals kept up to date by every operation.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Order;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(Name, c.Source.OrderId)).Reads(o => o.OrderId);
        Field(o => o.OrderId);
        Field(o => o.Amount).Description("The order's amount in the currency's minor units (EUR 12.34 = 1234).");
        Field(o => o.Currency);
        Field(o => o.CustomerId, nullable: true);
        Field(o => o.Description, nullable: true);
        Field(o => o.CustomField, nullable: true).Description("The merchant's own free text, as sent with the payment.");
        Field(o => o.Channel);
        Field(o => o.CreatedAt);
        Field(o => o.AuthorizedAmount).Description(
            "What the payment authorized, in minor units; on an open authorization, less what refunds released of it (a voided order keeps the whole).");
        Field(o => o.CapturedAmount).Description("What has been captured (taken), in minor units.");
        Field(o => o.RefundedAmount).Description("What has been refunded, in minor units.");
        Field(o => o.Status);
        Field(o => o.LastOperationType, nullable: true);
        Field(o => o.LastOperationTime, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OperationGraphType>>>>("operations")
            .Description("The order's operations, oldest first unless sorted otherwise.")
            .WithCost(CostWeights.Resolver)
            .WithListSize(assumedSize: CostWeights.DefaultListSize)
            .Argument<ListGraphType<NonNullGraphType<OperationSortInputType>>>("order")
            .Resolve(c =>
            {
                var terms = c.GetArgument<object?>("order") is { } order ? SortTranslator.Parse(OperationListing.ForOrder, order) : DefaultOperationOrder;
                var projection = RowProjection.Of<Operation>(c, ReferenceEquals(terms, DefaultOperationOrder) ? DefaultOrderColumns : OperationColumns(terms));
                return c.Service<OperationLoaders>().ByOrder(terms, projection).Load(c.Source.Id);
            })
            .Reads(o => o.Id);
    }

    /// <summary>The columns an order's operations are read with whatever the selection: the sort's, and the one they are grouped by.</summary>
    private static LambdaExpression[] OperationColumns(IReadOnlyList<SortTerm<Operation>> terms) => [.. terms.Select(t => t.Field.Selector), GroupedBy];
}
