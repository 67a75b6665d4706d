using BackOffice.Infrastructure.Persistence;
using GraphQL;

namespace BackOffice.Api.Common.Execution;

public static class ResolveContextExtensions
{
    /// <summary>The request's context, already limited to the caller's merchant.</summary>
    public static BackOfficeDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<BackOfficeDbContext>();

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();
}
