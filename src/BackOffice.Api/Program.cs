using BackOffice.Api;
using BackOffice.Api.Health;
using BackOffice.Api.SchemaExport;
using BackOffice.Api.Security;
using BackOffice.Api.Seeding;
using BackOffice.Infrastructure.Persistence;

if (args is ["seed", ..])
{
    return await SeedCommand.RunAsync(args);
}

if (args is ["schema", ..])
{
    return await SchemaExportCommand.RunAsync(args);
}

if (args is ["keys", ..])
{
    return await ApiKeyCommand.RunAsync(args);
}

if (args is ["healthcheck", ..])
{
    return await HealthCheckCommand.RunAsync(args);
}

// `--simulate` turns the gateway traffic simulator on (Simulator:Enabled=true does the same).
var simulate = args.Contains("--simulate");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--simulate").ToArray());
if (simulate)
{
    builder.Configuration["Simulator:Enabled"] = "true";
}

builder.Services.AddBackOfficeApi(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
app.UseBackOfficeApi();
await app.RunAsync();
return 0;

/// <summary>Visible to the in-process test server.</summary>
public partial class Program;
