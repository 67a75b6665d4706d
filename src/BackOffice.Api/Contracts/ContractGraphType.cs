using System.Globalization;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Listing;
using BackOffice.Api.Common.Relay;
using BackOffice.Api.Security;
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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(Name, c.Source.ContractId)).Reads(c => c.ContractId);
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
        Field<StringGraphType>("contractExpiryDate")
            .Description("The last day of a scheduled (MIT) agreement, YYYY-MM-DD; not the card's expiry (expiryDate).")
            .Resolve(c => c.Source.ContractExpiryDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Reads(c => c.ContractExpiryDate);
        Field<StringGraphType>("deactivatedBy")
            .Description("The name of the API key that deactivated the contract; null if it is active or was deactivated outside this API.")
            .Resolve(c => c.Service<ApiKeyNames>().Describe(c.Source.DeactivatedByApiKeyId))
            .Reads(c => c.DeactivatedByApiKeyId);
        Field(c => c.DeactivationCorrelationId, nullable: true).Description("The correlation id of the request that deactivated the contract.");
    }
}
