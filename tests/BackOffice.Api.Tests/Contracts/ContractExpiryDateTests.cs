using System.Globalization;
using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Contracts;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Contracts;

/// <summary>A scheduled agreement's end date, distinct from the card's expiry.</summary>
[Collection(DemoDataCollection.Name)]
public sealed class ContractExpiryDateTests(ApiFactory api)
{
    private const string Query = "query($c: String!) { contracts(customerId: $c) { nodes { contractId contractType expiryDate contractExpiryDate } } }";

    [Fact]
    public async Task AScheduledAgreementShowsItsEndDateBesideTheCardsExpiry()
    {
        Contract contract;
        await using (var db = api.Db())
        {
            contract = await db.Contracts.Where(c => c.ContractExpiryDate != null).OrderBy(c => c.Id).FirstAsync();
        }

        var node = await NodeOfAsync(contract);
        Assert.Equal("MIT_SCHEDULED", node["contractType"]!.GetValue<string>());
        Assert.Equal(contract.ContractExpiryDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), node["contractExpiryDate"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", node["contractExpiryDate"]!.GetValue<string>());
        Assert.Matches(@"^\d{2}/\d{2}$", node["expiryDate"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(ContractType.Cit)]
    [InlineData(ContractType.MitUnscheduled)]
    [InlineData(ContractType.MitScheduled)]
    public async Task AContractWithoutAnAgreementEndDateShowsNull(ContractType type)
    {
        Contract contract;
        await using (var db = api.Db())
        {
            contract = await db.Contracts.Where(c => c.ContractType == type && c.ContractExpiryDate == null).OrderBy(c => c.Id).FirstAsync();
        }

        Assert.Null((await NodeOfAsync(contract))["contractExpiryDate"]);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> NodeOfAsync(Contract contract)
    {
        var nodes = (await api.Client().PostAsync(Query, new { c = contract.CustomerId })).EnsureNoErrors().Data!["contracts"]!["nodes"]!.AsArray();
        return Assert.Single(nodes, n => n!["contractId"]!.GetValue<string>() == contract.ContractId)!;
    }
}
