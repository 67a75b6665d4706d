using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// GraphQL.NET's <c>ExecutionResultJsonConverter</c>, writing the same bytes, with the scalars of the result tree written
/// straight to the UTF-8 writer: the original hands every value to <c>JsonSerializer.Serialize(object)</c>, which looks
/// its runtime type up again for each of the 500 values of a page. Other values (and errors and extensions) still go
/// through the serializer. GraphQL.NET uses a converter registered in the options in place of its own.
/// </summary>
public sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are only written.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }

        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node)
            {
                WriteNode(writer, node, options);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, options);
            }
        }

        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode value:
                WriteValue(writer, value.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case PlainSelectionExecutionStrategy.PlainObjectNode plain:
                writer.WriteStartObject();
                for (var i = 0; i < plain.Count; i++)
                {
                    var name = plain.NameAt(i);
                    var written = options.PropertyNamingPolicy?.ConvertName(name) ?? name;
                    if (ReferenceEquals(written, name))
                    {
                        writer.WritePropertyName(plain.EncodedNameAt(i)); // the name as the policy leaves it, encoded once per document
                    }
                    else
                    {
                        writer.WritePropertyName(written);
                    }

                    if (plain.NodeAt(i) is { } child)
                    {
                        WriteNode(writer, child, options);
                    }
                    else
                    {
                        WriteValue(writer, plain.ValueAt(i), options);
                    }
                }

                writer.WriteEndObject();
                break;
            case ObjectExecutionNode @object:
                writer.WriteStartObject();
                foreach (var child in @object.SubFields)
                {
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(child.Name!) ?? child.Name!);
                    WriteNode(writer, child, options);
                }

                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } array:
                JsonSerializer.Serialize(writer, array.SerializedResult, options);
                break;
            case ArrayExecutionNode array:
                writer.WriteStartArray();
                foreach (var item in array.Items)
                {
                    WriteNode(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    /// <summary>What System.Text.Json's own converters write for these types; anything else is left to it.</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number when options.NumberHandling == JsonNumberHandling.Strict:
                writer.WriteNumberValue(number);
                break;
            case long number when options.NumberHandling == JsonNumberHandling.Strict:
                writer.WriteNumberValue(number);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }
}
