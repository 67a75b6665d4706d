using BackOffice.Domain.Contracts;

namespace BackOffice.Domain.Tests.Contracts;

public sealed class ContractTests
{
    private static readonly DateTime Created = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(ContractType.Cit)]
    [InlineData(ContractType.MitUnscheduled)]
    public void OnlyAScheduledContractKeepsAnAgreementEndDate(ContractType type)
    {
        Assert.Null(Make(type).ContractExpiryDate);
        Assert.Equal(new DateOnly(2029, 1, 31), Make(ContractType.MitScheduled).ContractExpiryDate);
    }

    [Fact]
    public void ADeactivationRecordsTheKeyAndCorrelationIdThatDidIt()
    {
        var contract = Make(ContractType.Cit);
        contract.Deactivate(Created.AddDays(1), apiKeyId: 7, correlationId: "corr-1");
        Assert.Equal((7L, "corr-1"), (contract.DeactivatedByApiKeyId, contract.DeactivationCorrelationId));
    }

    [Fact]
    public void ARefusedSecondDeactivationKeepsTheFirstActor()
    {
        var contract = Make(ContractType.Cit);
        contract.Deactivate(Created.AddDays(1), apiKeyId: 7, correlationId: "corr-1");
        var again = contract.Deactivate(Created.AddDays(2), apiKeyId: 8, correlationId: "corr-2");
        Assert.IsType<Common.ContractAlreadyDeactivatedError>(again.Error);
        Assert.Equal((7L, "corr-1"), (contract.DeactivatedByApiKeyId, contract.DeactivationCorrelationId));
    }

    private static Contract Make(ContractType type) =>
        new("demo", "CTR1", "CUST1", type, null, "12/30", "CARD", "VISA", "***1234", Created, new DateOnly(2029, 1, 31));
}
