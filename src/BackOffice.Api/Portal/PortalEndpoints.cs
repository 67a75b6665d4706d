using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Portal;

public static class PortalEndpoints
{
    private const string MissingPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>BackOffice portal</title></head>
        <body style="font-family: sans-serif; max-width: 44em; margin: 3em auto">
        <h1>BackOffice portal</h1>
        <p>The merchant portal is not bundled with this build: npm was not available when it was built. Install Node.js and npm,
        then build again (<code>dotnet build</code> runs <code>npm ci</code> and <code>npm run build</code> in
        <code>src/BackOffice.Portal</code>).</p>
        <p>Meanwhile the GraphQL API and its IDE are at <a href="/graphql/">/graphql</a>.</p>
        </body></html>
        """;

    /// <summary>
    /// The portal's static files on <c>/</c>, and its <c>index.html</c> for every other GET that asks for HTML and is not
    /// the API's (<c>/graphql</c>, <c>/api</c>, <c>/health</c>): the portal's routes (<c>/orders/D1</c>) are client routes.
    /// Hashed assets are cached for good; index.html never, so a new build is picked up at once.
    /// </summary>
    public static WebApplication UsePortal(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        if (!options.FilesPresent)
        {
            app.MapGet("/", () => Results.Content(MissingPage, "text/html; charset=utf-8"));
            return app;
        }

        var files = new PhysicalFileProvider(options.Folder);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                var immutable = context.Context.Request.Path.StartsWithSegments("/assets");
                context.Context.Response.Headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
            },
        });
        var index = Path.Combine(options.Folder, "index.html");
        app.MapGet("/", () => IndexResult(index));
        app.MapFallback("{*path:nonfile}", (HttpContext context) => IsPortalRoute(context.Request) ? IndexResult(index) : Results.NotFound())
            .ExcludeFromDescription();
        return app;
    }

    private static IResult IndexResult(string index) => Results.File(index, "text/html; charset=utf-8");

    private static bool IsPortalRoute(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/graphql")
        && !request.Path.StartsWithSegments("/api")
        && !request.Path.StartsWithSegments("/health")
        && !request.Path.StartsWithSegments("/assets")
        && !Path.HasExtension(request.Path.Value);
}
