using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Loading;
using BackOffice.Api.Common.Relay;
using BackOffice.Api.Orders;
using BackOffice.Api.Security;
using BackOffice.Domain.Orders;
using GraphQL.Types;

namespace BackOffice.Api.Operations;

public sealed class OperationGraphType : ObjectGraphType<Operation>
{
    public OperationGraphType()
    {
        Name = "Operation";
        Description = "A payment, capture, refund, void or cancel recorded on an order.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Operation;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(Name, c.Source.OperationId)).Reads(o => o.OperationId);
        Field(o => o.OperationId);
        Field(o => o.OrderId);
        Field<NonNullGraphType<OrderGraphType>>("order")
            .WithCost(CostWeights.Resolver)
            .Resolve(c => c.Service<OrderLoaders>().ByKey.Load(c.Source.OrderKey))
            .Reads(o => o.OrderKey);
        Field(o => o.OperationType);
        Field(o => o.OperationResult);
        Field(o => o.OperationAmount).Description("The amount in the currency's minor units.");
        Field(o => o.OperationCurrency);
        Field(o => o.OperationTime);
        Field(o => o.Channel);
        Field(o => o.PaymentMethod, nullable: true).Description("CARD or APM.");
        Field(o => o.PaymentCircuit, nullable: true).Description("VISA, MC, AMEX, MAESTRO, PAYPAL, ...");
        Field(o => o.PaymentInstrumentInfo, nullable: true).Description("The masked instrument, e.g. ***6152; never a full card number.");
        Field(o => o.ParentOperationId, nullable: true).Description("The operation this one captures, refunds, voids or cancels.");
        Field(o => o.CancelledOperationId, nullable: true).Description("On a CANCEL, the capture it undoes; null otherwise.");
        Field<StringGraphType>("initiatedBy")
            .Description("The name of the API key whose request created this operation; null for the gateway's own operations, such as payments.")
            .Resolve(c => c.Service<ApiKeyNames>().Describe(c.Source.ApiKeyId))
            .Reads(o => o.ApiKeyId);
        Field(o => o.CorrelationId, nullable: true).Description("The correlation id of the request that created this operation.");
        Field(o => o.Description, nullable: true);
        Field(o => o.ContractId, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AvailableActionGraphType>>>>("availableActions")
            .Description("What may be done to this operation now, decided by the rules the mutations apply; empty when nothing may.")
            .WithCost(CostWeights.Resolver)
            .WithListSize(assumedSize: Enum.GetValues<BackOffice.Domain.Orders.OrderCommand>().Length)
            .Resolve(c => c.Service<OrderLoaders>().WithOperations.Load(c.Source.OrderKey).Then(order =>
                order?.AvailableActions(c.Source.OperationId, c.Service<TimeProvider>().GetUtcNow().UtcDateTime) ?? []))
            .Reads(o => o.OrderKey, o => o.OperationId);
    }
}
