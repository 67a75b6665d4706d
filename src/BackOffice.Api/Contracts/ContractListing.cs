using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Contracts;

namespace BackOffice.Api.Contracts;

/// <summary>What <c>contracts</c> filters and sorts on; newest first by default.</summary>
public static class ContractListing
{
    public static readonly Listing<Contract> Definition = new Listing<Contract>("Contract", c => c.Id)
        .String("contractId", c => c.ContractId)
        .String("customerId", c => c.CustomerId)
        .Enum("contractType", c => c.ContractType)
        .Enum("status", c => c.Status)
        .String("paymentMethod", c => c.PaymentMethod)
        .String("paymentCircuit", c => c.PaymentCircuit)
        .String("paymentInstrumentInfo", c => c.PaymentInstrumentInfo)
        .String("expiryDate", c => c.ExpiryDate)
        .DateTime("createdAt", c => c.CreatedAt)
        .NullableDateTime("deactivatedAt", c => c.DeactivatedAt)
        .OrderedByDefault("createdAt", SortDirection.Desc);
}
