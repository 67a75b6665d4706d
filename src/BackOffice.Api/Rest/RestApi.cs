namespace BackOffice.Api.Rest;

/// <summary>
/// The gateway's REST API at <c>/api/v1</c>: a second front door on the same core. Endpoints are thin adapters over the
/// same EF queries (tenancy by the global query filter, the tenant signed in by <see cref="RestAuthenticationMiddleware"/>)
/// and the same command runner as GraphQL.
/// </summary>
public static class RestApi
{
    public const string Prefix = "/api/v1";

    public static IEndpointRouteBuilder MapRestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(Prefix).WithTags("Back office")
            .ProducesErrors(StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError);
        api.MapOrdersApi();
        api.MapOperationsApi();
        api.MapOperationCommandsApi();
        api.MapContractsApi();
        api.MapFallback("{**path}", (HttpContext context, RestFallback fallback) => fallback.Answer(context)).ExcludeFromDescription();
        return app;
    }

    /// <summary>Declares, for the OpenAPI document, the error answers a whole group gives in the error shape.</summary>
    public static TBuilder ProducesErrors<TBuilder>(this TBuilder builder, params int[] statusCodes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(statusCodes.Select(code => new ProducesResponseTypeMetadata(code, typeof(RestErrorResponse), ["application/json"])).ToArray<object>());
}
