using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;

namespace BackOffice.Infrastructure.Commands;

public sealed class CaptureOperationHandler(BackOfficeDbContext db) : OperationCommandHandler<CaptureOperation>(db)
{
    public override string Name => "captureOperation";

    protected override Result<Operation> Decide(Order order, CaptureOperation command, OperationRequest request) =>
        order.Capture(command.OperationId, command.Amount, command.Currency, request);
}
