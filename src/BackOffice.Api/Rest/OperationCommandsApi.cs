using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Security;
using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Commands;
using BackOffice.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Rest;

/// <summary>
/// Captures, refunds and cancels: the same commands as GraphQL's mutations, through the same runner. Captures and refunds
/// are idempotent by the client's <c>Idempotency-Key</c>; a cancel carries none, so each gets a fresh key and a repeat is
/// refused by the order itself (the capture is already canceled) and changes nothing.
/// </summary>
public static class OperationCommandsApi
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapOperationCommandsApi(this RouteGroupBuilder api)
    {
        var writes = api.MapGroup("/operations/{operationId}").RequireOperator();
        writes.MapPost("/captures", PostCapture).WithName("CaptureOperation").WithSummary("Capture part or all of an authorization.");
        writes.MapPost("/refunds", PostRefund).WithName("RefundOperation").WithSummary("Refund captured money (or release part of an authorization).");
        writes.MapPost("/cancels", PostCancel).WithName("CancelOperation").WithSummary("Cancel a capture on its business day.");
        return api;
    }

    public static Task<Results<Ok<RestOperationCreated>, BadRequest<RestErrorResponse>, NotFound<RestErrorResponse>>> PostCapture(
        string operationId, [FromBody] RestAmountRequest? body, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        CommandRunner runner, BackOfficeDbContext db, RequestTenant tenant, RequestContext request, CancellationToken cancellationToken) =>
        RunAmountAsync(OrderCommand.Capture, operationId, body, idempotencyKey, runner, db, tenant, request, cancellationToken);

    public static Task<Results<Ok<RestOperationCreated>, BadRequest<RestErrorResponse>, NotFound<RestErrorResponse>>> PostRefund(
        string operationId, [FromBody] RestAmountRequest? body, [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey,
        CommandRunner runner, BackOfficeDbContext db, RequestTenant tenant, RequestContext request, CancellationToken cancellationToken) =>
        RunAmountAsync(OrderCommand.Refund, operationId, body, idempotencyKey, runner, db, tenant, request, cancellationToken);

    public static Task<Results<Ok<RestOperationCreated>, BadRequest<RestErrorResponse>, NotFound<RestErrorResponse>>> PostCancel(
        string operationId, [FromBody] RestCancelRequest? body,
        CommandRunner runner, BackOfficeDbContext db, RequestTenant tenant, RequestContext request, CancellationToken cancellationToken) =>
        RunAsync(OrderCommand.Cancel, new CancelCapture(operationId, body?.Description), Guid.NewGuid().ToString(), runner, db, tenant, request, cancellationToken);

    private static async Task<Results<Ok<RestOperationCreated>, BadRequest<RestErrorResponse>, NotFound<RestErrorResponse>>> RunAmountAsync(
        OrderCommand kind, string operationId, RestAmountRequest? body, string? idempotencyKey,
        CommandRunner runner, BackOfficeDbContext db, RequestTenant tenant, RequestContext request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(idempotencyKey) || !IdempotencyKeys.IsValid(idempotencyKey))
        {
            return RestResults.Refused(GatewayCodes.InvalidIdempotencyKey,
                $"An {IdempotencyKeyHeader} header of 1 to {IdempotencyKeys.MaxLength} characters among A-Z a-z 0-9 - _ . : is required.");
        }

        if (!RestFormat.TryParseAmount(body?.Amount, out var amount))
        {
            return RestResults.Invalid("amount is a string of digits, in minor units (EUR 12.34 is \"1234\").");
        }

        var currency = body!.Currency ?? "";
        IOperationCommand command = kind == OrderCommand.Capture
            ? new CaptureOperation(operationId, amount, currency, body.Description)
            : new RefundOperation(operationId, amount, currency, body.Description);
        return await RunAsync(kind, command, idempotencyKey, runner, db, tenant, request, cancellationToken);
    }

    private static async Task<Results<Ok<RestOperationCreated>, BadRequest<RestErrorResponse>, NotFound<RestErrorResponse>>> RunAsync(
        OrderCommand kind, IOperationCommand command, string idempotencyKey,
        CommandRunner runner, BackOfficeDbContext db, RequestTenant tenant, RequestContext request, CancellationToken cancellationToken)
    {
        var context = new CommandContext(idempotencyKey, tenant.Key!.ApiKeyId, request.CorrelationId);
        var outcome = await runner.RunAsync(command, context, cancellationToken);
        if (outcome.Error is { } error)
        {
            return await RefusalAsync(error, kind, command.OperationId, db, cancellationToken);
        }

        var created = outcome.Value!.Operation;
        return TypedResults.Ok(new RestOperationCreated(created.OperationId, RestFormat.Time(created.OperationTime)));
    }

    private static async Task<Results<Ok<RestOperationCreated>, BadRequest<RestErrorResponse>, NotFound<RestErrorResponse>>> RefusalAsync(
        DomainError error, OrderCommand kind, string operationId, BackOfficeDbContext db, CancellationToken cancellationToken)
    {
        if (error is NotFoundError)
        {
            return RestResults.NotFound($"Operation '{operationId}'");
        }

        db.ChangeTracker.Clear();
        var target = await db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.OperationId == operationId, cancellationToken);
        var refunded = target is not null && await db.Operations.AnyAsync(
            o => o.ParentOperationId == operationId && o.OperationType == OperationType.Refund, cancellationToken);
        return RestResults.Refused(GatewayErrors.CodeOf(error, kind, target, refunded), error.Message);
    }
}
