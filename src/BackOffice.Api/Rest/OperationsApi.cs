using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Rest;

public static class OperationsApi
{
    public static RouteGroupBuilder MapOperationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/operations", GetOperations).WithName("GetOperations").WithSummary("The merchant's operations, newest first.");
        api.MapGet("/operations/{operationId}", GetOperation).WithName("GetOperation").WithSummary("One operation.");
        api.MapGet("/operations/{operationId}/actions", GetActions).WithName("GetOperationActions")
            .WithSummary("What may be done to the operation now.");
        return api;
    }

    public static async Task<Results<Ok<RestOperationList>, BadRequest<RestErrorResponse>>> GetOperations(
        BackOfficeDbContext db, TimeProvider time, CancellationToken cancellationToken,
        string? fromTime = null, string? toTime = null, string? maxRecords = null, string? channel = null, string? operationType = null,
        string? customField = null)
    {
        if (TimeWindow.TryParse(fromTime, toTime, time.GetUtcNow().UtcDateTime, out var window) is { } badWindow)
        {
            return RestResults.Invalid(badWindow);
        }

        if (MaxRecords.TryParse(maxRecords, out var take) is { } badTake)
        {
            return RestResults.Invalid(badTake);
        }

        var query = db.Operations.AsNoTracking().Where(o => o.OperationTime >= window.From && o.OperationTime <= window.To);
        if (channel is not null)
        {
            if (!RestFormat.TryParseEnum(channel, out Channel parsed))
            {
                return RestResults.Invalid("channel is ECOMMERCE, POS or BACKOFFICE.");
            }

            query = query.Where(o => o.Channel == parsed);
        }

        if (operationType is not null)
        {
            if (!RestFormat.TryParseEnum(operationType, out OperationType parsed))
            {
                return RestResults.Invalid("operationType is AUTHORIZATION, CAPTURE, VOID, REFUND or CANCEL.");
            }

            query = query.Where(o => o.OperationType == parsed);
        }

        if (customField is not null)
        {
            query = query.Where(o => o.Order.CustomField == customField);
        }

        var operations = await query.OrderByDescending(o => o.OperationTime).ThenByDescending(o => o.Id).Limit(take).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RestOperationList(operations.Select(RestOperation.From).ToList()));
    }

    public static async Task<Results<Ok<RestOperation>, NotFound<RestErrorResponse>>> GetOperation(
        string operationId, BackOfficeDbContext db, CancellationToken cancellationToken)
    {
        var operation = await db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.OperationId == operationId, cancellationToken);
        return operation is null ? RestResults.NotFound($"Operation '{operationId}'") : TypedResults.Ok(RestOperation.From(operation));
    }

    public static async Task<Results<Ok<RestActionList>, NotFound<RestErrorResponse>>> GetActions(
        string operationId, BackOfficeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Operations)
            .FirstOrDefaultAsync(o => o.Operations.Any(op => op.OperationId == operationId), cancellationToken);
        if (order is null)
        {
            return RestResults.NotFound($"Operation '{operationId}'");
        }

        var actions = order.AvailableActions(operationId, time.GetUtcNow().UtcDateTime);
        return TypedResults.Ok(new RestActionList(actions.Select(RestAction.From).ToList()));
    }
}
