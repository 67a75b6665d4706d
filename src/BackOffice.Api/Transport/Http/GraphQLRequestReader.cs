using System.Buffers;
using System.Text.Json;
using BackOffice.Api.Common.Errors;
using BackOffice.Api.TrustedDocuments;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BackOffice.Api.Transport.Http;

/// <summary>
/// Reads the GraphQL request of a POST body or a GET query string, for every HTTP answer (JSON, SSE, a batch): the media
/// type, the size limits, the JSON, and a request's required <c>query</c> (or the stored document it names). A POST body may be a JSON array of requests (a batch).
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    private readonly GraphQLHttpOptions _options = options.Value;

    public Task<GraphQLRequestReading> ReadAsync(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) ? Task.FromResult(ReadGet(context.Request.Query)) : ReadPostAsync(context);

    private async Task<GraphQLRequestReading> ReadPostAsync(HttpContext context)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            return GraphQLRequestReading.Refused(StatusCodes.Status415UnsupportedMediaType, GraphQLErrorCodes.InvalidRequest,
                $"Send the request as {MediaTypes.Json} (UTF-8).");
        }

        if (request.ContentLength > _options.MaxRequestBytes)
        {
            return TooLarge();
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
                    return TooLarge();
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
                return Invalid("The request body is empty; send {\"query\": \"...\"}.");
            }

            using var body = new MemoryStream(buffer, 0, length, writable: false);
            return buffer.AsSpan(0, length).TrimStart(" \t\r\n"u8) switch
            {
                [(byte)'{', ..] => Checked(await serializer.ReadAsync<GraphQLRequest>(body, context.RequestAborted)),
                [(byte)'[', ..] => Batch(await serializer.ReadAsync<List<GraphQLRequest?>>(body, context.RequestAborted)),
                _ => Invalid("The request body must be a JSON object, {\"query\": \"...\"}, or an array of them (a batch)."),
            };
        }
        catch (JsonException e)
        {
            return Invalid($"The request body is not a GraphQL request in JSON{At(e)}: send {{\"query\": \"...\"}} with optional \"variables\" and \"extensions\" objects.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private GraphQLRequestReading ReadGet(IQueryCollection query)
    {
        try
        {
            return Checked(new GraphQLRequest
            {
                Query = NullIfEmpty(query["query"]),
                OperationName = NullIfEmpty(query["operationName"]),
                Variables = NullIfEmpty(query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
                DocumentId = NullIfEmpty(query["documentId"]) ?? NullIfEmpty(query["id"]),
            });
        }
        catch (JsonException e)
        {
            return Invalid($"'variables' and 'extensions' must be JSON objects (invalid{At(e)}).");
        }
    }

    /// <summary>A batch as a whole is refused only when it is empty or too long; an item's own fault is that item's answer.</summary>
    private GraphQLRequestReading Batch(List<GraphQLRequest?>? requests)
    {
        if (requests is null or { Count: 0 })
        {
            return Invalid("The batch is empty; send an array of one or more requests.");
        }

        if (requests.Count > _options.MaxBatchSize)
        {
            return GraphQLRequestReading.Refused(StatusCodes.Status400BadRequest, GraphQLErrorCodes.BatchTooLarge,
                $"A batch holds at most {_options.MaxBatchSize} requests; this one holds {requests.Count}.");
        }

        return new GraphQLRequestReading { Batch = requests.Select(Checked).ToList() };
    }

    private GraphQLRequestReading Checked(GraphQLRequest? request) => request switch
    {
        // A stored document may be named instead (by id, or by hash in extensions): the executor resolves it.
        null or { Query: null or "", DocumentId: null } when request?.Extensions?.ContainsKey(DocumentResolver.PersistedQuery) != true =>
            Invalid("The request has no 'query'."),
        { Query.Length: var length } when length > _options.MaxQueryLength => GraphQLRequestReading.Refused(
            StatusCodes.Status413PayloadTooLarge, GraphQLErrorCodes.RequestTooLarge, $"The query is longer than {_options.MaxQueryLength} characters."),
        _ => new GraphQLRequestReading { Request = request },
    };

    /// <summary>Where the JSON went wrong, in the client's terms: the exception's own message names .NET types.</summary>
    private static string At(JsonException e) =>
        e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine ?? 0}" : "";

    private GraphQLRequestReading TooLarge() => GraphQLRequestReading.Refused(StatusCodes.Status413PayloadTooLarge,
        GraphQLErrorCodes.RequestTooLarge, $"The request body is larger than {_options.MaxRequestBytes} bytes.");

    private static GraphQLRequestReading Invalid(string message) =>
        GraphQLRequestReading.Refused(StatusCodes.Status400BadRequest, GraphQLErrorCodes.InvalidRequest, message);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
