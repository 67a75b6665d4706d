using System.Buffers;
using System.Text.Json;
using BackOffice.Api.Common.Diagnostics;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Root;
using BackOffice.Api.Security;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BackOffice.Api.Transport.Http;

/// <summary>
/// GraphQL over HTTP on <c>/graphql</c> (the spec draft, as the graphql-http audit suite checks it): POST and GET,
/// Accept negotiation, the status code policy, size limits and API-key authentication, in front of GraphQL.NET's
/// executer. <c>GET /graphql?sdl</c> prints the schema for a valid key, unless introspection is switched off.
/// </summary>
public sealed class GraphQLHttpMiddleware(
    RequestDelegate next, GraphQLRequestExecutor requests, IGraphQLTextSerializer serializer, ISchema schema,
    ApiKeyAuthenticator authenticator, IOptions<GraphQLHttpOptions> options, IConfiguration configuration)
{
    private readonly GraphQLHttpOptions _options = options.Value;
    private readonly bool _introspection = configuration.GetValue("GraphQL:Introspection:Enabled", true);

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method))
        {
            await HandleAsync(context, ReadPostAsync);
        }
        else if (HttpMethods.IsGet(request.Method) && request.Query.ContainsKey("sdl") && !request.Query.ContainsKey("query"))
        {
            await PrintSchemaAsync(context);
        }
        else if (HttpMethods.IsGet(request.Method))
        {
            await HandleAsync(context, ReadGetAsync);
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

    private async Task HandleAsync(HttpContext context, Func<HttpContext, Task<(GraphQLRequest? Request, string? Error, int Status)>> read)
    {
        var mediaType = MediaTypes.Negotiate(context.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await WriteErrorAsync(context, StatusCodes.Status406NotAcceptable, MediaTypes.Json, GraphQLErrorCodes.InvalidRequest,
                $"This endpoint answers {MediaTypes.GraphQLResponse} or {MediaTypes.Json}; the Accept header allows neither.");
            return;
        }

        var (graphQLRequest, error, status) = await read(context);
        if (graphQLRequest is null)
        {
            await WriteErrorAsync(context, status, mediaType, status == StatusCodes.Status413PayloadTooLarge
                ? GraphQLErrorCodes.RequestTooLarge : GraphQLErrorCodes.InvalidRequest, error!);
            return;
        }

        var key = await AuthenticateAsync(context, mediaType);
        if (key is null)
        {
            return;
        }

        ExecutionResult result;
        try
        {
            result = await requests.ExecuteAsync(new GraphQLCall
            {
                Request = graphQLRequest,
                Key = key,
                Services = context.RequestServices,
                Transport = GraphQLTransports.Http,
                QueryOnly = HttpMethods.IsGet(context.Request.Method),
                Admitted = true, // RateLimitingMiddleware took this request's permit
                User = context.User,
                Cancellation = context.RequestAborted,
            });
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away: its request was cancelled down to the database, no one reads an answer
        }

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
        else if (!result.Executed && mediaType == MediaTypes.GraphQLResponse)
        {
            statusCode = StatusCodes.Status400BadRequest;
        }

        context.Response.StatusCode = statusCode;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
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
        await context.Response.WriteAsync(schema.Print(), context.RequestAborted);
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

    private async Task<(GraphQLRequest?, string?, int)> ReadPostAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, $"Send the request as {MediaTypes.Json} (UTF-8).", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > _options.MaxRequestBytes)
        {
            return (null, TooLarge(), StatusCodes.Status413PayloadTooLarge);
        }

        // Read into a pooled buffer sized by Content-Length: no per-request allocation, the limit enforced as bytes arrive.
        var limit = _options.MaxRequestBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(request.ContentLength is > 0 and var declared ? (int)declared : 4096);
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted)) > 0)
            {
                length += read;
                if (length > limit)
                {
                    return (null, TooLarge(), StatusCodes.Status413PayloadTooLarge);
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            if (length == 0)
            {
                return (null, "The request body is empty; send {\"query\": \"...\"}.", StatusCodes.Status400BadRequest);
            }

            if (buffer.AsSpan(0, length).TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
            {
                return (null, "The request body must be a JSON object: {\"query\": \"...\"}.", StatusCodes.Status400BadRequest);
            }

            using var body = new MemoryStream(buffer, 0, length, writable: false);
            var graphQLRequest = await serializer.ReadAsync<GraphQLRequest>(body, context.RequestAborted);
            return Checked(graphQLRequest);
        }
        catch (JsonException e)
        {
            return (null, $"The request body is not a GraphQL request in JSON{At(e)}: send {{\"query\": \"...\"}} with optional \"variables\" and \"extensions\" objects.",
                StatusCodes.Status400BadRequest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private Task<(GraphQLRequest?, string?, int)> ReadGetAsync(HttpContext context)
    {
        var query = context.Request.Query;
        try
        {
            var request = new GraphQLRequest
            {
                Query = NullIfEmpty(query["query"]),
                OperationName = NullIfEmpty(query["operationName"]),
                Variables = NullIfEmpty(query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            };
            return Task.FromResult(Checked(request));
        }
        catch (JsonException e)
        {
            return Task.FromResult<(GraphQLRequest?, string?, int)>(
                (null, $"'variables' and 'extensions' must be JSON objects (invalid{At(e)}).", StatusCodes.Status400BadRequest));
        }
    }

    private (GraphQLRequest?, string?, int) Checked(GraphQLRequest? request) => request switch
    {
        null or { Query: null or "" } => (null, "The request has no 'query'.", StatusCodes.Status400BadRequest),
        { Query.Length: var length } when length > _options.MaxQueryLength =>
            (null, $"The query is longer than {_options.MaxQueryLength} characters.", StatusCodes.Status413PayloadTooLarge),
        _ => (request, null, StatusCodes.Status200OK),
    };

    /// <summary>Where the JSON went wrong, in the client's terms: the exception's own message names .NET types.</summary>
    private static string At(JsonException e) =>
        e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine ?? 0}" : "";

    private string TooLarge() => $"The request body is larger than {_options.MaxRequestBytes} bytes.";

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private async Task WriteErrorAsync(HttpContext context, int status, string mediaType, string code, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        result.Extensions = new Dictionary<string, object?>
        {
            ["correlationId"] = context.RequestServices.GetRequiredService<RequestContext>().CorrelationId,
        };
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }
}
