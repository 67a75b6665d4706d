using BackOffice.Domain.Contracts;
using BackOffice.Infrastructure.Commands;
using BackOffice.Infrastructure.Events;
using BackOffice.Infrastructure.Events.InMemory;
using BackOffice.Infrastructure.Events.Redis;
using BackOffice.Infrastructure.Outbox;
using BackOffice.Infrastructure.Idempotency;
using BackOffice.Infrastructure.Persistence;
using BackOffice.Infrastructure.Persistence.Sqlite;
using BackOffice.Infrastructure.Persistence.SqlServer;
using BackOffice.Infrastructure.Seeding;
using BackOffice.Infrastructure.Simulation;
using BackOffice.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BackOffice.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// The database provider named by <c>Database:Provider</c> (pooled contexts), the tenant-scoped context for
    /// each request, the initializer and the seeder. <typeparamref name="TTenant"/> tells which merchant a scope serves.
    /// </summary>
    public static IServiceCollection AddInfrastructure<TTenant>(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
        where TTenant : class, ICurrentTenant
    {
        var provider = configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] ?? "Sqlite";
        var connectionString = configuration.GetConnectionString("BackOffice");
        switch (provider.ToUpperInvariant())
        {
            case "SQLITE":
                connectionString ??= DatabaseInitializer.DefaultSqliteConnectionString(environment.ContentRootPath);
                SqliteProcessSetup.Apply();
                services.AddPooledDbContextFactory<SqliteBackOfficeDbContext>((sp, o) => SqliteTimes.In(KeptOpenSqliteConnection.In(o.UseSqlite(connectionString)))
                    .EnableThreadSafetyChecks(ChecksThreadSafety(environment))
                    .AddInterceptors(sp.GetServices<IInterceptor>().Prepend(new SqliteConnectionSetup()).Prepend(new SqlitePreparedStatements())));
                services.AddSingleton(sp => BackOfficeDbContextFactory.From(sp.GetRequiredService<IDbContextFactory<SqliteBackOfficeDbContext>>()));
                break;
            case "SQLSERVER":
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:BackOffice is empty.");
                }

                services.AddPooledDbContextFactory<SqlServerBackOfficeDbContext>((sp, o) => o.UseSqlServer(connectionString)
                    .EnableThreadSafetyChecks(ChecksThreadSafety(environment)).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddSingleton(sp => BackOfficeDbContextFactory.From(sp.GetRequiredService<IDbContextFactory<SqlServerBackOfficeDbContext>>()));
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{provider}' is not supported; use 'Sqlite' (the embedded default) or 'SqlServer'.");
        }

        services.AddScoped<TTenant>();
        services.AddScoped<ICurrentTenant>(sp => sp.GetRequiredService<TTenant>());
        services.AddScoped<BackOfficeDbContext>(sp =>
            sp.GetRequiredService<BackOfficeDbContextFactory>().Create(sp.GetRequiredService<ICurrentTenant>().MerchantId));
        services.AddCommands();
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.Section));
        services.AddSingleton<IdempotencyCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<IdempotencyCleanup>());
        services.AddEvents(configuration);
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<DemoSeeder>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// EF Core's check that no two threads use a context at once sets an <see cref="AsyncLocal{T}"/> for every row it reads:
    /// 15 % of the bytes a page of 50 orders with their operations allocates. It exists to find bugs, so it runs where they
    /// are found (development and every test); production, where nothing shares a context (one per request, executed
    /// serially), skips it.
    /// </summary>
    private static bool ChecksThreadSafety(IHostEnvironment environment) => environment.IsDevelopment();

    /// <summary>The runner and one handler per command, found by the command's type.</summary>
    private static void AddCommands(this IServiceCollection services)
    {
        services.AddScoped<CommandRunner>();
        services.AddCommandHandler<CaptureOperation, OperationCommandResult, CaptureOperationHandler>();
        services.AddCommandHandler<RefundOperation, OperationCommandResult, RefundOperationHandler>();
        services.AddCommandHandler<CancelOperation, OperationCommandResult, CancelOperationHandler>();
        services.AddCommandHandler<CancelCapture, OperationCommandResult, CancelCaptureHandler>();
        services.AddCommandHandler<DeactivateContract, Contract, DeactivateContractHandler>();
    }

    private static void AddCommandHandler<TCommand, TResult, THandler>(this IServiceCollection services)
        where TCommand : ICommand<TResult>
        where THandler : CommandHandler<TCommand, TResult> =>
        services.AddKeyedScoped<ICommandHandler<TResult>, THandler>(typeof(TCommand));

    /// <summary>The hub, the bus picked by <c>ConnectionStrings:Redis</c> (Redis when set, in-process otherwise) and the dispatcher.</summary>
    private static void AddEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventHubOptions>(configuration.GetSection(EventHubOptions.Section));
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<EventHub>();
        services.AddSingleton<OutboxSignal>();
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IEventBus, InMemoryEventBus>();
        }
        else
        {
            services.AddSingleton(sp => ActivatorUtilities.CreateInstance<RedisEventBus>(sp, redis));
            services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<RedisEventBus>());
            services.AddHostedService(sp => sp.GetRequiredService<RedisEventBus>()); // before the dispatcher: it publishes through it
        }

        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<OutboxReplay>();
        services.AddSingleton<OutboxCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxCleanup>());
        services.Configure<SimulatorOptions>(configuration.GetSection(SimulatorOptions.Section));
        services.AddHostedService<TrafficSimulator>();
    }
}
