using BackOffice.Domain.Common;
using BackOffice.Domain.Contracts;
using BackOffice.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Infrastructure.Commands;

public sealed class DeactivateContractHandler(BackOfficeDbContext db) : CommandHandler<DeactivateContract, Contract>
{
    public override string Name => "deactivateContract";

    public override async Task<Result<Contract>> HandleAsync(DeactivateContract command, CommandContext context, DateTime now, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.FirstOrDefaultAsync(c => c.ContractId == command.ContractId, cancellationToken);
        if (contract is null)
        {
            return new NotFoundError($"No contract '{command.ContractId}' was found; check the id.");
        }

        return contract.Deactivate(now, context.ApiKeyId, context.CorrelationId);
    }

    public override string ResultId(Contract result) => result.ContractId;

    public override Task<Contract> ReplayAsync(string resultId, CancellationToken cancellationToken) =>
        db.Contracts.AsNoTracking().FirstAsync(c => c.ContractId == resultId, cancellationToken);
}
