using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Seeding;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.Playground;

public static class IdeEndpoints
{
    /// <summary>
    /// The IDE's static files under <c>/graphql/</c> and its <c>bcp-config.json</c>: the endpoint is the page's own URL,
    /// subscriptions use graphql-transport-ws on the same path, telemetry is off. In Development with demo data the demo
    /// operator key is preset, so the IDE works at once (Banana Cake Pop sends it on HTTP and in <c>connection_init</c>).
    /// </summary>
    public static WebApplication UseIde(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<IdeOptions>>().Value;
        if (!options.Enabled || !options.FilesPresent)
        {
            return app;
        }

        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(options.Folder), RequestPath = "/graphql" });
        var presetKey = app.Environment.IsDevelopment() && DatabaseInitializer.SeedsDemo(app.Configuration, app.Environment);
        var config = new Dictionary<string, object>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["subscriptionProtocol"] = "graphql-transport-ws",
            ["disableTelemetry"] = true,
            ["title"] = "BackOffice GraphQL",
        };
        if (presetKey)
        {
            config["httpHeaders"] = new Dictionary<string, string> { ["X-Api-Key"] = DemoKeys.DemoOperator };
        }

        app.MapGet("/graphql/bcp-config.json", () => Results.Json(config));
        return app;
    }
}
