using BackOffice.Api.Tests.Support;
using BackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Tests.Mutations;

/// <summary>Finds demo operations in a given state and sends the mutations a dashboard would send.</summary>
internal static class MutationScenario
{
    public const string Refund = """
        mutation($input: RefundOperationInput!) {
          refundOperation(input: $input) {
            operation { operationType operationResult operationAmount operationCurrency parentOperationId description channel }
            order { orderId status authorizedAmount capturedAmount refundedAmount }
            errors { __typename ... on Error { message code } ... on AmountExceedsAvailableError { available } ... on InvalidInputError { field } }
          }
        }
        """;

    public const string Capture = """
        mutation($input: CaptureOperationInput!) {
          captureOperation(input: $input) {
            operation { operationType operationResult operationAmount parentOperationId channel }
            order { orderId status authorizedAmount capturedAmount refundedAmount }
            errors { __typename ... on Error { message code } ... on AmountExceedsAvailableError { available } }
          }
        }
        """;

    public const string Cancel = """
        mutation($input: CancelOperationInput!) {
          cancelOperation(input: $input) {
            operation { operationType operationResult operationAmount parentOperationId }
            order { orderId status authorizedAmount capturedAmount refundedAmount }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    public const string Deactivate = """
        mutation($input: DeactivateContractInput!) {
          deactivateContract(input: $input) {
            contract { contractId status deactivatedAt }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    /// <summary>The payment operation of the oldest demo order matching <paramref name="where"/> (after skipping some).</summary>
    public static async Task<(string OperationId, Order Order)> PaymentOfAsync(
        ApiFactory api, System.Linq.Expressions.Expression<Func<Order, bool>> where, int skip = 0)
    {
        await using var db = api.Db();
        var order = await db.Orders.AsNoTracking().Include(o => o.Operations).Where(where).OrderBy(o => o.Id).Skip(skip).FirstAsync();
        return (order.Operations.Single(o => o.ParentOperationId == null).OperationId, order);
    }

    public static string Key() => Guid.NewGuid().ToString();
}
