using BackOffice.Domain.Contracts;
using BackOffice.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Rest;

public static class ContractsApi
{
    public static RouteGroupBuilder MapContractsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/contracts/customers/{customerId}", GetCustomerContracts).WithName("GetCustomerContracts")
            .WithSummary("A customer's active contracts (stored cards).");
        return api;
    }

    public static async Task<Ok<RestCustomerContracts>> GetCustomerContracts(
        string customerId, BackOfficeDbContext db, CancellationToken cancellationToken)
    {
        var contracts = await db.Contracts.AsNoTracking()
            .Where(c => c.CustomerId == customerId && c.Status == ContractStatus.Active)
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new RestCustomerContracts(customerId, contracts.Select(RestContract.From).ToList()));
    }
}
