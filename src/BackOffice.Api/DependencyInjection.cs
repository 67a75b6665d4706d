using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Health;
using BackOffice.Api.Playground;
using BackOffice.Api.Root;
using BackOffice.Api.Security;
using BackOffice.Api.Transport.Http;
using BackOffice.Api.Transport.WebSockets;
using BackOffice.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BackOffice.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddBackOfficeApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddInfrastructure<RequestTenant>(configuration, environment);
        services.AddMemoryCache(o => o.SizeLimit = 10_000);
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddScoped<RequestContext>();
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.Section));
        services.Configure<GraphQLWebSocketOptions>(configuration.GetSection(GraphQLWebSocketOptions.Section));
        services.AddSingleton<SocketLimiter>();
        services.Configure<IdeOptions>(configuration.GetSection(IdeOptions.Section));
        services.AddBackOfficeGraphQL();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<EventBusHealthCheck>("event-bus", tags: ["ready"]);
        return services;
    }

    public static WebApplication UseBackOfficeApi(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseWebSockets();
        app.UseIde();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.UseWhen(
            context => context.Request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.Equals("/graphql/", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseMiddleware<GraphQLWebSocketMiddleware>().UseMiddleware<IdeMiddleware>().UseMiddleware<GraphQLHttpMiddleware>());
        return app;
    }
}
