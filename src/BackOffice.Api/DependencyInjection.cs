using BackOffice.Api.Common.Caching;
using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Paging;
using BackOffice.Api.Export;
using BackOffice.Api.Health;
using BackOffice.Api.Playground;
using BackOffice.Api.Portal;
using BackOffice.Api.Rest;
using BackOffice.Api.Root;
using BackOffice.Api.Security;
using BackOffice.Api.Telemetry;
using BackOffice.Api.Transport;
using BackOffice.Api.Transport.Http;
using BackOffice.Api.Transport.ServerSentEvents;
using BackOffice.Api.Transport.Subscriptions;
using BackOffice.Api.Transport.WebSockets;
using BackOffice.Api.TrustedDocuments;
using BackOffice.Api.Warmup;
using BackOffice.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BackOffice.Api;

public static class DependencyInjection
{
    public static IServiceCollection AddBackOfficeApi(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddInfrastructure<RequestTenant>(configuration, environment);
        // `docker stop` kills 10 s after SIGTERM: requests still running after this are abandoned (a mutation's transaction
        // commits whole or not at all) so the process is gone before that.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = configuration.GetValue("Host:ShutdownTimeout", TimeSpan.FromSeconds(8)));
        services.AddMemoryCache(o => o.SizeLimit = 10_000);
        services.AddSingleton<ApiKeyAuthenticator>();
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<ApiRateLimiter>();
        services.AddSingleton<CostBudget>();
        // The REST door answers an unreadable body in its own error shape, in every environment (RestAuthenticationMiddleware).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddRestOpenApi();
        services.AddSingleton<RestFallback>();
        services.AddSingleton(_ => new MerchantDataCache(configuration.GetValue(MerchantDataCache.MaxAgeSetting, MerchantDataCache.DefaultMaxAge)));
        services.AddSingleton<PlanSteering>();
        services.AddSingleton(CursorCodec.FromConfiguration(configuration));
        services.AddScoped<RequestContext>();
        services.AddScoped<FilterBudget>();
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.Section));
        services.Configure<GraphQLWebSocketOptions>(configuration.GetSection(GraphQLWebSocketOptions.Section));
        services.Configure<StreamLimitOptions>(configuration.GetSection(StreamLimitOptions.Section));
        services.AddSingleton<StreamLimiter>();
        services.AddSingleton<SubscriptionAudiences>();
        services.AddSingleton<SendDeadlines>();
        services.AddSingleton<GraphQLWebSocketServices>();
        services.AddSingleton<GraphQLRequestReader>();
        services.Configure<ServerSentEventsOptions>(configuration.GetSection(ServerSentEventsOptions.Section));
        services.AddSingleton<GraphQLEventStreams>();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.Configure<DocumentStoreOptions>(configuration.GetSection(DocumentStoreOptions.Section));
        services.AddSingleton<TrustedDocumentDirectory>();
        services.AddSingleton<RegisteredDocumentStore>();
        services.AddSingleton<DocumentResolver>();
        services.Configure<IdeOptions>(configuration.GetSection(IdeOptions.Section));
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.AddBackOfficeTelemetry(configuration);
        services.AddBackOfficeGraphQL(configuration);
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST")
            .WithHeaders(
                "Content-Type", "Accept", ApiKeyAuthenticator.Header, CorrelationIdMiddleware.Header, CorrelationIdMiddleware.GatewayHeader, "Idempotency-Key",
                Common.Cost.CostHeader.Name, Transport.ServerSentEvents.GraphQLEventStreams.LastEventIdHeader)
            .WithExposedHeaders(CorrelationIdMiddleware.Header, CorrelationIdMiddleware.GatewayHeader, "Retry-After", "Content-Disposition")));
        if (string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase))
        {
            // One JSON object per line with its scopes: the correlation id travels with every line of a request.
            services.AddLogging(logging => logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true));
        }

        services.Configure<WarmupOptions>(configuration.GetSection(WarmupOptions.Section));
        services.AddSingleton<WarmupState>();
        services.AddHostedService<GraphQLWarmup>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<EventBusHealthCheck>("event-bus", tags: ["ready"])
            .AddCheck<WarmupHealthCheck>("warm-up", tags: ["ready"]);
        return services;
    }

    public static WebApplication UseBackOfficeApi(this WebApplication app)
    {
        if (app.Configuration.GetValue($"{TrustedProxies.Section}:Enabled", false))
        {
            // Behind the proxy (nginx in docker-compose.yml): it terminates TLS and sends HSTS; trust what it forwards, and only it.
            app.UseForwardedHeaders(TrustedProxies.Options(app.Configuration));
        }

        // Read now, not at the first request: a missing directory or a misnamed document stops the start with its reason.
        app.Services.GetRequiredService<TrustedDocumentDirectory>();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseCors();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/graphql") || context.Request.Path.StartsWithSegments(RestApi.Prefix)
                || context.Request.Path.StartsWithSegments(OrderExportEndpoint.Path),
            branch => branch.UseMiddleware<RateLimitingMiddleware>());
        app.UseWhen(context => context.Request.Path.StartsWithSegments(RestApi.Prefix), branch => branch.UseMiddleware<RestAuthenticationMiddleware>());
        app.UseWebSockets();
        app.UseIde();
        app.UsePortal();
        app.MapRestApi();
        app.MapOrderExport();
        app.MapRestOpenApi();
        app.MapBackOfficeMetrics();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.UseWhen(
            context => context.Request.Path.Equals("/graphql", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.Equals("/graphql/", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseMiddleware<GraphQLWebSocketMiddleware>().UseMiddleware<IdeMiddleware>().UseMiddleware<GraphQLHttpMiddleware>());
        return app;
    }
}
