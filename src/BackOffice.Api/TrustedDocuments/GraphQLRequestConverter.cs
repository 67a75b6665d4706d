using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Transport;

namespace BackOffice.Api.TrustedDocuments;

/// <summary>
/// Reads a GraphQL request as GraphQL.NET does, and also HotChocolate's <c>"id"</c>, the document id its clients
/// (Strawberry Shake, Relay) send in place of <c>"query"</c>, into <see cref="GraphQLRequest.DocumentId"/>.
/// Other unknown fields are skipped, as GraphQL.NET skips them. Writing is GraphQL.NET's own.
/// </summary>
public sealed class GraphQLRequestConverter : JsonConverter<GraphQLRequest>
{
    private static readonly GraphQLRequestJsonConverter Writer = new();

    public override GraphQLRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException();
        }

        var request = new GraphQLRequest();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            if (!reader.Read())
            {
                throw new JsonException();
            }

            switch (name)
            {
                case "query":
                    request.Query = Text(ref reader);
                    break;
                case "operationName":
                    request.OperationName = Text(ref reader);
                    break;
                case "variables":
                    request.Variables = JsonSerializer.Deserialize<Inputs>(ref reader, options);
                    break;
                case "extensions":
                    request.Extensions = JsonSerializer.Deserialize<Inputs>(ref reader, options);
                    break;
                case "documentId" or "id":
                    request.DocumentId = Text(ref reader);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject ? request : throw new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, GraphQLRequest value, JsonSerializerOptions options) => Writer.Write(writer, value, options);

    private static string? Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException(),
    };
}
