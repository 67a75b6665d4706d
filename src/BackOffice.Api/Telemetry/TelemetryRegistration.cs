using System.Diagnostics;
using BackOffice.Infrastructure.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace BackOffice.Api.Telemetry;

/// <summary>
/// OpenTelemetry wired from configuration: metrics when <c>/metrics</c> or OTLP wants them, spans when tracing is on
/// (by default when OTLP is configured), exported over OTLP when an endpoint is set. With none of these, nothing listens
/// and instruments cost next to nothing.
/// </summary>
public static class TelemetryRegistration
{
    public const string MetricsPath = "/metrics";

    /// <summary>The EF Core instrumentation's source: its spans are kept only inside one of ours (see <see cref="InsideTracedWork"/>).</summary>
    private const string EntityFrameworkSourceName = "OpenTelemetry.Instrumentation.EntityFrameworkCore";

    public static IServiceCollection AddBackOfficeTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = TelemetryOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton<GraphQLMetrics>();
        services.AddSingleton<GraphQLRequestTelemetry>();
        if (!options.MetricsEnabled && !options.TracingEnabled)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("backoffice-api"));
        if (options.MetricsEnabled)
        {
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddMeter(BackOfficeTelemetry.MeterName).AddAspNetCoreInstrumentation();
                if (options.PrometheusEnabled)
                {
                    // No response cache: each scrape reads the gauges afresh (the scraper comes every 15 s or so).
                    metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
            // The outbox gauges register their callbacks when built: build them with the meter provider.
            services.ConfigureOpenTelemetryMeterProvider((sp, _) => sp.GetRequiredService<OutboxMetrics>());
        }

        if (options.TracingEnabled)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(BackOfficeTelemetry.GraphQLSourceName, BackOfficeTelemetry.OutboxSourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsPlumbing(context.Request.Path))
                .AddEntityFrameworkCoreInstrumentation(o => o.Filter = (_, _) => InsideTracedWork()));
        }

        if (options.OtlpEndpoint is { } endpoint)
        {
            var protocol = options.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, endpoint);
        }

        return services;
    }

    /// <summary>Serves <c>/metrics</c> when <c>Metrics:Prometheus:Enabled</c>; unauthenticated, for the scraper on the internal network.</summary>
    public static WebApplication MapBackOfficeMetrics(this WebApplication app)
    {
        if (app.Services.GetRequiredService<TelemetryOptions>().PrometheusEnabled)
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath);
        }

        return app;
    }

    /// <summary>Scrapes and probes come every few seconds and say nothing about users' requests: no spans for them.</summary>
    private static bool IsPlumbing(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");

    /// <summary>
    /// A database command is traced when it runs inside a traced request or publication; the dispatcher's polling (every
    /// second, on every instance) and the gauges' reads would otherwise each start a trace of their own.
    /// </summary>
    private static bool InsideTracedWork()
    {
        var current = Activity.Current;
        var parent = current?.Source.Name == EntityFrameworkSourceName ? current.Parent : current;
        return parent is { Recorded: true };
    }
}
