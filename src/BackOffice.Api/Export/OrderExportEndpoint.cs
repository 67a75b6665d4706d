using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Sorting;
using BackOffice.Api.Orders;
using BackOffice.Api.Security;
using BackOffice.Domain.Orders;
using BackOffice.Infrastructure.Persistence;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Api.Export;

/// <summary>
/// <c>GET /export/orders.csv?where=…&amp;order=…</c>: every order the <c>orders</c> query would list for that filter and
/// sort, as CSV, written as it is read. Outside <c>/api/v1</c> (the gateway's REST contract) and outside <c>/graphql</c>
/// (a file download is not a GraphQL response); it speaks GraphQL's error shape because its parameters are GraphQL's
/// input types and their errors GraphQL.NET's own.
/// <para>
/// One reader over the sorted, filtered orders (no tracking), each order written as it arrives and sent every
/// <see cref="FlushEvery"/> records: memory holds one batch whatever the size of the export, and the database reads each
/// order once. Keyset chunks were tried and dropped: a chunk whose filter the sort's index cannot serve re-scans every
/// matching order, so a large export cost chunks × matches (20 s for 100,000 orders filtered by an id prefix). SQLite
/// runs in WAL mode, so the open reader blocks no writer; it only keeps the WAL from being checkpointed past its
/// snapshot until the download ends.
/// </para>
/// </summary>
public static class OrderExportEndpoint
{
    public const string Path = "/export/orders.csv";

    /// <summary>Records written to the response at a time: a few hundred kilobytes at most.</summary>
    public const int FlushEvery = 1000;

    public static IEndpointRouteBuilder MapOrderExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, ExportAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task ExportAsync(HttpContext context, ApiKeyAuthenticator authenticator, RequestTenant tenant, TimeProvider time, ILoggerFactory logs)
    {
        var key = await authenticator.AuthenticateAsync(context.Request.Headers[ApiKeyAuthenticator.Header], context.RequestAborted);
        if (key is null)
        {
            context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeyAuthenticator.Header}\"";
            await WriteErrorsAsync(context, StatusCodes.Status401Unauthorized,
                [ArgumentError.Create(GraphQLErrorCodes.Unauthenticated, $"Send a valid API key in the {ApiKeyAuthenticator.Header} header.")]);
            return;
        }

        tenant.SignIn(key);
        var (where, order, errors) = await ExportArguments.ReadAsync(context);
        if (errors.Count > 0)
        {
            await WriteErrorsAsync(context, StatusCodes.Status400BadRequest, errors);
            return;
        }

        IQueryable<Order> filtered;
        IReadOnlyList<SortTerm<Order>> terms;
        try
        {
            var db = context.RequestServices.GetRequiredService<BackOfficeDbContext>();
            filtered = OrderListing.Filter(db, where, context.RequestServices.GetRequiredService<FilterBudget>());
            terms = SortTranslator.Parse(OrderListing.Definition, order);
        }
        catch (ExecutionError e)
        {
            // The translators' refusals (INVALID_FILTER, FILTER_TOO_COMPLEX, INVALID_SORT), as the orders query gives them.
            await WriteErrorsAsync(context, StatusCodes.Status400BadRequest, [e]);
            return;
        }

        var response = context.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"orders-{time.GetUtcNow():yyyy-MM-dd}.csv\"";
        response.Headers.CacheControl = "no-store";
        try
        {
            await WriteAsync(response.Body, filtered, terms, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the chunk's query was cancelled with it, nothing more is read.
        }
        catch (Exception e)
        {
            var correlationId = context.RequestServices.GetRequiredService<RequestContext>().CorrelationId;
            logs.CreateLogger(typeof(OrderExportEndpoint)).LogError(e, "The orders export failed (correlation id {CorrelationId})", correlationId);
            if (!response.HasStarted)
            {
                response.Clear();
                await WriteErrorsAsync(context, StatusCodes.Status500InternalServerError,
                    [ArgumentError.Create(GraphQLErrorCodes.Internal, $"The export failed on our side; quote correlation id {correlationId} when you report it.")]);
                return;
            }

            // The status line is gone: cut the connection, so the client sees a failed download rather than a file that
            // silently ends early.
            context.Abort();
        }
    }

    private static async Task WriteAsync(Stream body, IQueryable<Order> filtered, IReadOnlyList<SortTerm<Order>> terms, CancellationToken cancellationToken)
    {
        await using var csv = new CsvWriter(body);
        OrderCsv.WriteHeader(csv);
        var rows = 0;
        await foreach (var order in SortTranslator.Apply(filtered, terms).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            OrderCsv.Write(csv, order);
            if (++rows % FlushEvery == 0)
            {
                await csv.FlushAsync(cancellationToken);
            }
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static async Task WriteErrorsAsync(HttpContext context, int status, IReadOnlyList<ExecutionError> errors)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        foreach (var error in errors)
        {
            result.AddError(error);
        }

        result.Extensions = new Dictionary<string, object?>
        {
            ["correlationId"] = context.RequestServices.GetRequiredService<RequestContext>().CorrelationId,
        };
        await context.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
