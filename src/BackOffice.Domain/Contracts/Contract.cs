using BackOffice.Domain.Common;

namespace BackOffice.Domain.Contracts;

/// <summary>A customer's stored-card token, used for OneClick and recurring payments. Once deactivated, never used again.</summary>
public sealed class Contract
{
    private Contract()
    {
        MerchantId = ContractId = CustomerId = string.Empty;
    }

    public Contract(
        string merchantId, string contractId, string customerId, ContractType contractType, int? frequencyDays, string? expiryDate,
        string? paymentMethod, string? paymentCircuit, string? paymentInstrumentInfo, DateTime createdAt,
        DateOnly? contractExpiryDate = null)
    {
        MerchantId = merchantId;
        ContractId = contractId;
        CustomerId = customerId;
        ContractType = contractType;
        FrequencyDays = contractType == ContractType.MitScheduled ? frequencyDays : null;
        ExpiryDate = expiryDate;
        ContractExpiryDate = contractType == ContractType.MitScheduled ? contractExpiryDate : null;
        PaymentMethod = paymentMethod;
        PaymentCircuit = paymentCircuit;
        PaymentInstrumentInfo = paymentInstrumentInfo;
        Status = ContractStatus.Active;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public string MerchantId { get; private set; }

    public string ContractId { get; private set; }

    public string CustomerId { get; private set; }

    public ContractType ContractType { get; private set; }

    /// <summary>Days between payments of a scheduled (MIT) contract.</summary>
    public int? FrequencyDays { get; private set; }

    /// <summary>Card expiry, MM/YY.</summary>
    public string? ExpiryDate { get; private set; }

    /// <summary>The last day of a scheduled (MIT) agreement; not the card's expiry.</summary>
    public DateOnly? ContractExpiryDate { get; private set; }

    public string? PaymentMethod { get; private set; }

    public string? PaymentCircuit { get; private set; }

    public string? PaymentInstrumentInfo { get; private set; }

    public ContractStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? DeactivatedAt { get; private set; }

    /// <summary>Audit: the API key that deactivated the contract (null when not deactivated through the API).</summary>
    public long? DeactivatedByApiKeyId { get; private set; }

    /// <summary>Audit: the correlation id of the request that deactivated the contract.</summary>
    public string? DeactivationCorrelationId { get; private set; }

    public Result<Contract> Deactivate(DateTime now, long? apiKeyId = null, string? correlationId = null)
    {
        if (Status == ContractStatus.Deactivated)
        {
            return new ContractAlreadyDeactivatedError(
                $"Contract '{ContractId}' was deactivated on {DeactivatedAt:yyyy-MM-dd}; nothing more to do.");
        }

        Status = ContractStatus.Deactivated;
        DeactivatedAt = now;
        DeactivatedByApiKeyId = apiKeyId;
        DeactivationCorrelationId = correlationId;
        return Result<Contract>.Success(this);
    }
}
