using System.Globalization;
using BackOffice.Api.Common.Cost;
using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Root;
using BackOffice.Api.Security;
using BackOffice.Api.Transport.ServerSentEvents;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;

namespace BackOffice.Api.Transport.Http;

/// <summary>
/// GraphQL over HTTP on <c>/graphql</c> (the spec draft, as the graphql-http audit suite checks it): POST and GET,
/// Accept negotiation, the status code policy, size limits and API-key authentication, in front of the request executor.
/// A POST may carry a batch (a JSON array, answered by an array); <c>Accept: text/event-stream</c> answers over SSE
/// (<see cref="GraphQLEventStreams"/>). <c>GET /graphql?sdl</c> prints the schema for a valid key, unless introspection is switched off.
/// </summary>
public sealed class GraphQLHttpMiddleware(
    RequestDelegate next, GraphQLRequestReader reader, GraphQLRequestExecutor requests, GraphQLEventStreams eventStreams,
    IGraphQLTextSerializer serializer, ISchema schema, ApiKeyAuthenticator authenticator, IConfiguration configuration,
    ILogger<GraphQLHttpMiddleware> logger)
{
    private readonly bool _introspection = configuration.GetValue("GraphQL:Introspection:Enabled", true);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method))
        {
            await HandleAsync(context);
        }
        else if (HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("sdl") && !request.Query.ContainsKey("query"))
        {
            await PrintSchemaAsync(context);
        }
        else if (HttpMethods.IsGet(request.Method))
        {
            await HandleAsync(context);
        }
        else if (HttpMethods.IsOptions(request.Method))
        {
            await next(context); // CORS preflight belongs to the CORS middleware
        }
        else
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json,
                GraphQLErrorCodes.InvalidRequest, $"{request.Method} is not supported on this endpoint; use POST (or GET for queries).");
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var mediaType = MediaTypes.Negotiate(context.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json, GraphQLErrorCodes.InvalidRequest,
                $"This endpoint answers {MediaTypes.GraphQLResponse}, {MediaTypes.Json} or {MediaTypes.EventStream}; the Accept header allows none.");
            return;
        }

        // Nothing is streamed before the request is read and its key known: those errors are plain JSON, as graphql-sse's server answers them.
        var errorType = mediaType == MediaTypes.EventStream ? MediaTypes.Json : mediaType;
        var reading = await reader.ReadAsync(context);
        if (reading.IsRefused)
        {
            await WriteErrorAsync(context, reading.Status, errorType, reading.Code!, reading.Message!);
            return;
        }

        if (reading.Batch is not null && mediaType == MediaTypes.EventStream)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, errorType, GraphQLErrorCodes.InvalidRequest,
                $"A batch is answered as one JSON array: send it with Accept: {MediaTypes.Json}.");
            return;
        }

        var key = await AuthenticateAsync(context, errorType);
        if (key is null)
        {
            return;
        }

        if (CostHeader.Parse(context.Request.Headers[CostHeader.Name]) is not { } costMode)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, errorType, GraphQLErrorCodes.InvalidRequest,
                $"The {CostHeader.Name} header takes 'report' (execute and report the cost) or 'validate' (report the cost without executing).");
            return;
        }

        if (mediaType == MediaTypes.EventStream)
        {
            if (!GraphQLEventStreams.TryReadLastEventId(context.Request, out var resumeAfter))
            {
                await WriteErrorAsync(context, StatusCodes.Status400BadRequest, errorType, GraphQLErrorCodes.InvalidRequest,
                    $"{GraphQLEventStreams.LastEventIdHeader} must be the id of an event this server sent (an integer, the event's sequence).");
                return;
            }

            var call = Call(context, reading.Request!, key, costMode) with { Transport = GraphQLTransports.Sse, ResumeAfter = resumeAfter };
            if (!await eventStreams.TryRunAsync(context, call))
            {
                await WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, errorType, GraphQLErrorCodes.TooManyStreams,
                    "Too many open streams (sockets and SSE streams) for this API key; close one first.");
            }

            return;
        }

        try
        {
            if (reading.Batch is { } batch)
            {
                await AnswerBatchAsync(context, batch, key, costMode, mediaType);
            }
            else
            {
                await AnswerAsync(context, Call(context, reading.Request!, key, costMode), mediaType);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // the client went away: its request was cancelled down to the database, no one reads an answer
        }
    }

    /// <summary>The request as the executor takes it, over plain HTTP; SSE and batches change what differs for them.</summary>
    private static GraphQLCall Call(HttpContext context, GraphQLRequest request, AuthenticatedKey key, CostMode costMode) => new()
    {
        Request = request,
        Key = key,
        Services = context.RequestServices,
        Transport = GraphQLTransports.Http,
        QueryOnly = HttpMethods.IsGet(context.Request.Method),
        Admitted = true, // RateLimitingMiddleware took this request's permit
        CostMode = costMode,
        User = context.User,
        Cancellation = context.RequestAborted,
    };

    private async Task AnswerAsync(HttpContext context, GraphQLCall call, string mediaType)
    {
        var result = await requests.ExecuteAsync(call);

        var statusCode = StatusCodes.Status200OK;
        if (!result.Executed && result.Errors?.Any(e => e is QueryOnlyOverGetError) == true)
        {
            context.Response.Headers.Allow = "POST";
            statusCode = StatusCodes.Status405MethodNotAllowed;
        }
        else if (result.Errors?.Any(e => e is TimeoutError) == true && mediaType == MediaTypes.GraphQLResponse)
        {
            statusCode = StatusCodes.Status504GatewayTimeout;
        }
        else if (!result.Executed && result.Errors?.FirstOrDefault(e => e.Code == GraphQLErrorCodes.CostBudgetExceeded) is { } overBudget)
        {
            // Refused like the request rate: 429 whatever the media type, Retry-After when waiting helps.
            statusCode = StatusCodes.Status429TooManyRequests;
            if (overBudget.Extensions?.TryGetValue("retryAfter", out var seconds) == true)
            {
                context.Response.Headers.RetryAfter = Convert.ToString(seconds, CultureInfo.InvariantCulture);
            }
        }
        else if (!result.Executed && result.Errors is { Count: > 0 } && mediaType == MediaTypes.GraphQLResponse)
        {
            statusCode = StatusCodes.Status400BadRequest; // GraphQL-Cost: validate answers a valid request's price with 200
        }

        if (result.Errors?.Any(e => e.Code == GraphQLErrorCodes.PersistedQueryNotFound) == true)
        {
            context.Response.Headers.CacheControl = "no-store"; // a CDN must not keep a miss: the client registers the document next
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    /// <summary>
    /// A batch, as Apollo's BatchHttpLink reads it: 200 and an array of results in the order of the requests, one by one, each
    /// in a DI scope of its own (its own database context) and counted by the rate and cost limits like a request of its own.
    /// An item that fails (unreadable, refused, or an execution error) is its own result with errors; the others still run.
    /// </summary>
    private async Task AnswerBatchAsync(
        HttpContext context, IReadOnlyList<GraphQLRequestReading> batch, AuthenticatedKey key, CostMode costMode, string mediaType)
    {
        var correlationId = context.RequestServices.GetRequiredService<RequestContext>().CorrelationId;
        var scopes = context.RequestServices.GetRequiredService<IServiceScopeFactory>();
        var results = new List<ExecutionResult>(batch.Count);
        var admitted = true; // RateLimitingMiddleware took one permit for the HTTP request: the first item that runs uses it
        foreach (var item in batch)
        {
            if (item.IsRefused)
            {
                results.Add(Refusal(item.Code!, item.Message!, correlationId));
                continue;
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<RequestContext>().CorrelationId = correlationId;
            try
            {
                results.Add(await requests.ExecuteAsync(Call(context, item.Request!, key, costMode) with
                {
                    Services = scope.ServiceProvider,
                    Transport = GraphQLTransports.HttpBatch,
                    Admitted = admitted,
                }));
            }
            catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
            {
                logger.LogError(e, "A request of a batch failed");
                results.Add(Refusal(GraphQLErrorCodes.Internal, $"An unexpected error occurred (correlation id {correlationId}).", correlationId));
            }

            admitted = false;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, results, context.RequestAborted);
    }

    /// <summary>The schema is what introspection shows: the same key, and the same switch.</summary>
    private async Task PrintSchemaAsync(HttpContext context)
    {
        if (await AuthenticateAsync(context, MediaTypes.Json) is null)
        {
            return;
        }

        if (!_introspection)
        {
            await WriteErrorAsync(context, StatusCodes.Status403Forbidden, MediaTypes.Json, GraphQLErrorCodes.IntrospectionDisabled,
                "Introspection is switched off on this server, and the schema with it.");
            return;
        }

        context.Response.ContentType = "application/graphql; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"schema.graphql\"";
        await context.Response.WriteAsync(SchemaText.Of(schema), context.RequestAborted); // byte for byte schema/schema.graphql
    }

    /// <summary>The request's key, or null after answering 401.</summary>
    private async Task<AuthenticatedKey?> AuthenticateAsync(HttpContext context, string mediaType)
    {
        var key = await authenticator.AuthenticateAsync(context.Request.Headers[ApiKeyAuthenticator.Header], context.RequestAborted);
        if (key is null)
        {
            context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeyAuthenticator.Header}\"";
            await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, mediaType, GraphQLErrorCodes.Unauthenticated,
                $"Send a valid API key in the {ApiKeyAuthenticator.Header} header.");
        }

        return key;
    }

    private async Task WriteErrorAsync(HttpContext context, int status, string mediaType, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = Refusal(code, message, context.RequestServices.GetRequiredService<RequestContext>().CorrelationId);
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static ExecutionResult Refusal(string code, string message, string correlationId)
    {
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        result.Extensions = new Dictionary<string, object?> { ["correlationId"] = correlationId };
        return result;
    }
}
