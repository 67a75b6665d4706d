using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Rest;

public static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder api)
    {
        api.MapGet("/orders", GetOrders).WithName("GetOrders").WithSummary("The merchant's orders, newest first by lastOperationTime.");
        api.MapGet("/orders/{orderId}", GetOrder).WithName("GetOrder").WithSummary("One order with its operations.");
        return api;
    }

    public static async Task<Results<Ok<RestOrderList>, BadRequest<RestErrorResponse>>> GetOrders(
        BackOfficeDbContext db, TimeProvider time, CancellationToken cancellationToken,
        string? orderId = null, string? amountType = null, string? minAmount = null, string? maxAmount = null,
        string? fromTime = null, string? toTime = null, string? orderState = null, string? maxRecords = null, string? customField = null)
    {
        if (TimeWindow.TryParse(fromTime, toTime, time.GetUtcNow().UtcDateTime, out var window) is { } badWindow)
        {
            return RestResults.Invalid(badWindow);
        }

        if (MaxRecords.TryParse(maxRecords, out var take) is { } badTake)
        {
            return RestResults.Invalid(badTake);
        }

        var amountKind = AmountType.OrderAmount;
        if (amountType is not null && !RestFormat.TryParseEnum(amountType, out amountKind))
        {
            return RestResults.Invalid("amountType is ORDER_AMOUNT, AUTHORIZED_AMOUNT or CAPTURED_AMOUNT.");
        }

        long min = 0, max = 0;
        if ((minAmount is not null && !RestFormat.TryParseAmount(minAmount, out min)) || (maxAmount is not null && !RestFormat.TryParseAmount(maxAmount, out max)))
        {
            return RestResults.Invalid("minAmount and maxAmount are strings of digits, in minor units.");
        }

        var state = default(OrderState?);
        if (orderState is not null)
        {
            if (!RestFormat.TryParseEnum(orderState, out OrderState parsed))
            {
                return RestResults.Invalid("orderState is TO_CAPTURE or CAPTURED.");
            }

            state = parsed;
        }

        var query = db.Orders.AsNoTracking().Where(o => o.LastOperationTime >= window.From && o.LastOperationTime <= window.To);
        if (orderId is not null)
        {
            query = query.Where(o => o.OrderId == orderId);
        }

        if (customField is not null)
        {
            query = query.Where(o => o.CustomField == customField);
        }

        if (minAmount is not null)
        {
            query = amountKind switch
            {
                AmountType.AuthorizedAmount => query.Where(o => o.AuthorizedAmount >= min),
                AmountType.CapturedAmount => query.Where(o => o.CapturedAmount >= min),
                _ => query.Where(o => o.Amount >= min),
            };
        }

        if (maxAmount is not null)
        {
            query = amountKind switch
            {
                AmountType.AuthorizedAmount => query.Where(o => o.AuthorizedAmount <= max),
                AmountType.CapturedAmount => query.Where(o => o.CapturedAmount <= max),
                _ => query.Where(o => o.Amount <= max),
            };
        }

        query = state switch
        {
            OrderState.ToCapture => query.Where(o => o.Status == OrderStatus.Authorized || o.Status == OrderStatus.PartiallyCaptured),
            OrderState.Captured => query.Where(o => o.CapturedAmount > 0),
            _ => query,
        };

        var orders = await query.OrderByDescending(o => o.LastOperationTime).ThenByDescending(o => o.Id).Limit(take).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RestOrderList(orders.Select(RestOrderStatus.From).ToList()));
    }

    public static async Task<Results<Ok<RestOrderDetail>, NotFound<RestErrorResponse>>> GetOrder(
        string orderId, BackOfficeDbContext db, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Operations).FirstOrDefaultAsync(o => o.OrderId == orderId, cancellationToken);
        if (order is null)
        {
            return RestResults.NotFound($"Order '{orderId}'");
        }

        var operations = order.Operations.OrderByDescending(o => o.OperationTime).ThenByDescending(o => o.Id).Select(RestOperation.From).ToList();
        return TypedResults.Ok(new RestOrderDetail(RestOrderStatus.From(order), operations));
    }
}
