using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;

namespace BackOffice.Infrastructure.Commands;

public sealed class CancelCaptureHandler(BackOfficeDbContext db) : OperationCommandHandler<CancelCapture>(db)
{
    public override string Name => "cancelCapture";

    protected override Result<Operation> Decide(Order order, CancelCapture command, OperationRequest request) =>
        order.CancelCapture(command.OperationId, request);
}
