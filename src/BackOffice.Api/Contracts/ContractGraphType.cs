using BackOffice.Api.Common.Relay;
using BackOffice.Domain.Contracts;
using GraphQL.Types;

namespace BackOffice.Api.Contracts;

public sealed class ContractGraphType : ObjectGraphType<Contract>
{
    public ContractGraphType()
    {
        Name = "Contract";
        Description = "A customer's stored card, used for OneClick (CIT) and recurring (MIT) payments.";
        Interface<NodeInterface>();
        IsTypeOf = c => c is Contract;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(Name, c.Source.ContractId));
        Field(c => c.ContractId);
        Field(c => c.CustomerId);
        Field(c => c.ContractType);
        Field(c => c.Status);
        Field(c => c.FrequencyDays, nullable: true).Description("Days between payments of a scheduled (MIT) contract.");
        Field(c => c.PaymentMethod, nullable: true);
        Field(c => c.PaymentCircuit, nullable: true);
        Field(c => c.PaymentInstrumentInfo, nullable: true);
        Field(c => c.ExpiryDate, nullable: true).Description("Card expiry, MM/YY.");
        Field(c => c.CreatedAt);
        Field(c => c.DeactivatedAt, nullable: true);
    }
}
