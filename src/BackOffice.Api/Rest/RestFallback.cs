using Microsoft.AspNetCore.Routing.Template;

namespace BackOffice.Api.Rest;

/// <summary>
/// What answers under <c>/api/v1</c> when no endpoint takes the request. The catch-all also catches a known path asked with
/// the wrong method (routing prefers it to its own empty 405), so it tells the two apart: a path some endpoint serves is
/// 405 with <c>Allow</c>, anything else 404, both in the error shape.
/// </summary>
public sealed class RestFallback(EndpointDataSource endpoints)
{
    // Built on first use: the endpoints are all mapped by then, and they do not change while the server runs.
    private IReadOnlyList<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)>? _routes;

    public IResult Answer(HttpContext context)
    {
        var allowed = AllowedMethods(context.Request.Path);
        if (allowed.Count == 0)
        {
            return RestResults.NotFound("This path");
        }

        context.Response.Headers.Allow = string.Join(", ", allowed);
        return TypedResults.Json(
            RestErrorResponse.Of(GatewayCodes.MethodNotAllowed, $"{context.Request.Method} is not allowed here; use {string.Join(" or ", allowed)}."),
            statusCode: StatusCodes.Status405MethodNotAllowed);
    }

    /// <summary>The methods of the REST endpoints whose route matches the path, in a stable order.</summary>
    public IReadOnlyList<string> AllowedMethods(PathString path) =>
        Routes().Where(r => r.Matcher.TryMatch(path, [])).SelectMany(r => r.Methods).Distinct().Order(StringComparer.Ordinal).ToList();

    private IReadOnlyList<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)> Routes() => _routes ??= endpoints.Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith(RestApi.Prefix + "/", StringComparison.Ordinal) == true)
        .Select(e => (Template: e.RoutePattern.RawText!, Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods))
        .Where(r => r.Methods is { Count: > 0 })
        .Select(r => (new TemplateMatcher(TemplateParser.Parse(r.Template), []), r.Methods!))
        .ToList();
}
