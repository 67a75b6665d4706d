using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Operations;

/// <summary>What <c>operations</c> filters and sorts on: newest first in the listing, oldest first within an order.</summary>
public static class OperationListing
{
    public static readonly Listing<Operation> Definition = Fields().OrderedByDefault("operationTime", SortDirection.Desc);

    public static readonly Listing<Operation> ForOrder = Fields().OrderedByDefault("operationTime", SortDirection.Asc);

    private static Listing<Operation> Fields() => new Listing<Operation>("Operation", o => o.Id)
        .String("operationId", o => o.OperationId)
        .String("orderId", o => o.OrderId)
        .Enum("operationType", o => o.OperationType)
        .Enum("operationResult", o => o.OperationResult)
        .Long("operationAmount", o => o.OperationAmount)
        .String("operationCurrency", o => o.OperationCurrency)
        .DateTime("operationTime", o => o.OperationTime)
        .Enum("channel", o => o.Channel)
        .String("paymentMethod", o => o.PaymentMethod)
        .String("paymentCircuit", o => o.PaymentCircuit)
        .String("paymentInstrumentInfo", o => o.PaymentInstrumentInfo)
        .String("parentOperationId", o => o.ParentOperationId)
        .Text("description", o => o.Description)
        .String("contractId", o => o.ContractId);
}
