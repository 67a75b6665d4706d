using System.Globalization;
using BackOffice.Domain.Common;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Export;

/// <summary>
/// An order as a CSV record: the <c>Order</c> type's fields under their GraphQL names, amounts in minor units next to
/// their currency, enums as GraphQL prints them, times ISO 8601 in UTC to the millisecond (as the API prints them).
/// </summary>
public static class OrderCsv
{
    public static readonly string[] Header =
    [
        "orderId", "createdAt", "status", "currency", "amount", "authorizedAmount", "capturedAmount", "refundedAmount",
        "customerId", "channel", "description", "customField", "lastOperationType", "lastOperationTime",
    ];

    public static void WriteHeader(CsvWriter csv)
    {
        foreach (var name in Header)
        {
            csv.Text(name);
        }

        csv.EndRecord();
    }

    public static void Write(CsvWriter csv, Order order)
    {
        csv.Text(order.OrderId);
        csv.Text(Time(order.CreatedAt));
        csv.Text(ConstantCase.Of(order.Status));
        csv.Text(order.Currency);
        csv.Number(order.Amount);
        csv.Number(order.AuthorizedAmount);
        csv.Number(order.CapturedAmount);
        csv.Number(order.RefundedAmount);
        csv.Text(order.CustomerId);
        csv.Text(ConstantCase.Of(order.Channel));
        csv.Text(order.Description);
        csv.Text(order.CustomField);
        csv.Text(order.LastOperationType is { } type ? ConstantCase.Of(type) : null);
        csv.Text(order.LastOperationTime is { } time ? Time(time) : null);
        csv.EndRecord();
    }

    private static string Time(DateTime value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
