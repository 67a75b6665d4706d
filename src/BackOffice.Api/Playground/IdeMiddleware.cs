namespace BackOffice.Api.Playground;

/// <summary>
/// What a browser gets on <c>/graphql</c>: a redirect to <c>/graphql/</c> (the IDE's asset URLs are relative) and there
/// a page that says how to explore the API.
/// </summary>
public sealed class IdeMiddleware(RequestDelegate next)
{
    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>BackOffice GraphQL</title></head>
        <body style="font-family: sans-serif; max-width: 44em; margin: 3em auto">
        <h1>BackOffice GraphQL</h1>
        <p>The GraphQL endpoint is <code>/graphql</code>. Send <code>POST /graphql</code> with
        <code>Content-Type: application/json</code> and your key in the <code>X-Api-Key</code> header.</p>
        <pre>curl -s localhost:5000/graphql -H 'Content-Type: application/json' -H 'X-Api-Key: demo-reader-key' \
          -d '{"query":"{ orders(first: 5) { nodes { orderId status amount currency } } }"}'</pre>
        <p>The schema: <a href="/graphql?sdl">/graphql?sdl</a>.</p>
        </body></html>
        """;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var wantsHtml = request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
        var isGraphQLRequest = request.Query.ContainsKey("query") || request.Query.ContainsKey("extensions") || request.Query.ContainsKey("sdl");
        if (!wantsHtml || isGraphQLRequest || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
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
        await context.Response.WriteAsync(Page, context.RequestAborted);
    }
}
