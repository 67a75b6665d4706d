using BackOffice.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Contracts;

[Collection(DemoDataCollection.Name)]
public sealed class ContractQueryTests(ApiFactory api)
{
    [Fact]
    public async Task ACustomersContractsAreListed()
    {
        string customerId;
        await using (var db = api.Db())
        {
            customerId = await db.Contracts.OrderBy(c => c.Id).Select(c => c.CustomerId).FirstAsync();
        }

        var response = await api.Client().PostAsync("""
            query($customer: String!) {
              contracts(customerId: $customer) {
                totalCount
                nodes { id contractId customerId contractType status paymentCircuit paymentInstrumentInfo expiryDate createdAt deactivatedAt }
              }
            }
            """, new { customer = customerId });
        Snapshot.Match(response.EnsureNoErrors().Normalized());
    }

    [Fact]
    public async Task DeactivatedContractsCanBeFound()
    {
        await using var db = api.Db();
        var contract = await db.Contracts.FirstAsync(c => c.Status == Domain.Contracts.ContractStatus.Deactivated);
        var response = await api.Client().PostAsync(
            "query($c: String!) { contracts(customerId: $c, where: { status: { eq: DEACTIVATED } }) { nodes { contractId deactivatedAt } } }",
            new { c = contract.CustomerId });
        var nodes = response.EnsureNoErrors().Data!["contracts"]!["nodes"]!.AsArray();
        Assert.Contains(nodes, n => n!["contractId"]!.GetValue<string>() == contract.ContractId && n["deactivatedAt"] is not null);
    }

    [Fact]
    public async Task AContractsListNeedsACustomer()
    {
        var response = await api.Client().PostAsync("{ contracts { totalCount } }");
        Assert.Equal("PROVIDED_NON_NULL_ARGUMENTS", response.FirstErrorCode);
    }
}
