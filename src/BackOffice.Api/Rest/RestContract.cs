using System.Globalization;
using BackOffice.Domain.Common;
using BackOffice.Domain.Contracts;

namespace BackOffice.Api.Rest;

/// <summary>A stored card (the gateway's contract); the frequency is in days, for scheduled contracts only.</summary>
public sealed record RestContract(
    string ContractId, string ContractType, string? ContractExpiryDate, string? ContractFrequency,
    string? PaymentMethod, string? PaymentCircuit, string? PaymentInstrumentInfo)
{
    public static RestContract From(Contract c) => new(
        c.ContractId,
        ConstantCase.Of(c.ContractType),
        c.ContractExpiryDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        c.FrequencyDays?.ToString(CultureInfo.InvariantCulture),
        c.PaymentMethod,
        c.PaymentCircuit,
        c.PaymentInstrumentInfo);
}
