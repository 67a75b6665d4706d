using System.Buffers;

namespace BackOffice.Api.Common.Diagnostics;

/// <summary>
/// Takes the client's <c>X-Correlation-Id</c>, or the gateway's <c>Correlation-Id</c> (or makes one), echoes it in the
/// response header it came in (both when the client sent neither), and opens a log
/// scope with it so every line of the request carries it.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";
    public const string GatewayHeader = "Correlation-Id";
    private const int MaxLength = 64;
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:");

    public async Task InvokeAsync(HttpContext context, RequestContext request)
    {
        var gateway = context.Request.Headers.ContainsKey(GatewayHeader) && !context.Request.Headers.ContainsKey(Header);
        var given = context.Request.Headers[gateway ? GatewayHeader : Header].ToString();
        if (given.Length is > 0 and <= MaxLength && !given.AsSpan().ContainsAnyExcept(Allowed))
        {
            request.CorrelationId = given;
        }

        context.Response.Headers[Header] = request.CorrelationId;
        if (gateway)
        {
            context.Response.Headers[GatewayHeader] = request.CorrelationId;
        }
        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = request.CorrelationId }))
        {
            await next(context);
        }
    }
}
