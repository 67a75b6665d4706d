using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;

namespace BackOffice.Infrastructure.Commands;

public sealed class RefundOperationHandler(BackOfficeDbContext db) : OperationCommandHandler<RefundOperation>(db)
{
    public override string Name => "refundOperation";

    protected override Result<Operation> Decide(Order order, RefundOperation command, OperationRequest request) =>
        order.Refund(command.OperationId, command.Amount, command.Currency, request);
}
