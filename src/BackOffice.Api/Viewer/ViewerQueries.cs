using BackOffice.Api.Common.Execution;
using BackOffice.Api.Security;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Viewer;

public static class ViewerQueries
{
    public static void AddViewerQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerGraphType>, Viewer>("viewer")
            .Description("Who is asking: the merchant this API key acts for, the key's name and its role.")
            .ResolveAsync(async c =>
            {
                var key = c.Service<RequestTenant>().Key
                    ?? throw new InvalidOperationException("The transport signs every request in before it executes.");
                var db = c.Db();
                var merchantName = await db.Merchants.AsNoTracking()
                    .Where(m => m.MerchantId == key.MerchantId).Select(m => m.Name).SingleAsync(c.CancellationToken);
                var keyName = await db.ApiKeys.AsNoTracking()
                    .Where(k => k.Id == key.ApiKeyId).Select(k => k.Name).SingleAsync(c.CancellationToken);
                return new Viewer(key.MerchantId, merchantName, keyName, key.Role);
            });
    }
}
