using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Security;
using BackOffice.Domain.Common;
using BackOffice.Domain.Contracts;
using BackOffice.Infrastructure.Commands;
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
        api.MapPost("/contracts/{contractId}/deactivation", PostDeactivation).WithName("DeactivateContract")
            .WithSummary("Deactivate a contract for good; a repeat is refused (PS0017) and changes nothing.")
            .RequireOperator();
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

    /// <summary>Carries no idempotency key and no body: a fresh key each time, and a repeat is refused by the contract itself.</summary>
    public static async Task<Results<Ok<RestDeactivated>, BadRequest<RestErrorResponse>, NotFound<RestErrorResponse>>> PostDeactivation(
        string contractId, CommandRunner runner, RequestTenant tenant, RequestContext request, CancellationToken cancellationToken)
    {
        var context = new CommandContext(Guid.NewGuid().ToString(), tenant.Key!.ApiKeyId, request.CorrelationId);
        var outcome = await runner.RunAsync(new DeactivateContract(contractId), context, cancellationToken);
        return outcome.Error switch
        {
            null => TypedResults.Ok(new RestDeactivated(outcome.Value!.ContractId, ConstantCase.Of(outcome.Value.Status))),
            NotFoundError => RestResults.NotFound($"Contract '{contractId}'"),
            { } error => RestResults.Refused(GatewayErrors.CodeOf(error, null, null, false), error.Message),
        };
    }
}
