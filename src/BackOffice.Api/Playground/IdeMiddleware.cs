using Microsoft.Extensions.Options;

namespace BackOffice.Api.Playground;

/// <summary>
/// What a browser gets on <c>/graphql</c>, as HotChocolate serves it: a redirect to <c>/graphql/</c> (the IDE's asset URLs
/// are relative) and there Banana Cake Pop's <c>index.html</c>; its assets and <c>bcp-config.json</c> are served beside it.
/// GraphQL requests (<c>?query=</c>, <c>?sdl</c>) never come here.
/// </summary>
public sealed class IdeMiddleware(RequestDelegate next, IOptions<IdeOptions> options)
{
    private const string MissingPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>BackOffice GraphQL</title></head>
        <body style="font-family: sans-serif; max-width: 44em; margin: 3em auto">
        <h1>BackOffice GraphQL</h1>
        <p>Banana Cake Pop is not bundled with this build: npm was not available when it was built. Install Node.js and npm,
        then build again (<code>dotnet build</code> runs <code>npm ci</code> in <code>src/BackOffice.Api/Playground/ide</code>).</p>
        <p>Meanwhile the GraphQL endpoint is <code>/graphql</code>: <code>POST</code> with <code>Content-Type: application/json</code>
        and your key in the <code>X-Api-Key</code> header. The schema: <code>GET /graphql?sdl</code> with the same header.</p>
        </body></html>
        """;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var wantsHtml = request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        var isGraphQLRequest = request.Query.ContainsKey("query") || request.Query.ContainsKey("extensions") || request.Query.ContainsKey("sdl");
        if (!options.Value.Enabled || !wantsHtml || isGraphQLRequest || context.WebSockets.IsWebSocketRequest
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            await next(context);
            return;
        }

        if (!request.Path.HasValue || !request.Path.Value.EndsWith('/'))
        {
            context.Response.Redirect($"{request.PathBase}{request.Path}/{request.QueryString}", permanent: true);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        if (options.Value.FilesPresent)
        {
            await context.Response.SendFileAsync(Path.Combine(options.Value.Folder, "index.html"), context.RequestAborted);
        }
        else
        {
            await context.Response.WriteAsync(MissingPage, context.RequestAborted);
        }
    }
}
