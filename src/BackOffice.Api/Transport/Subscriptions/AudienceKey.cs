using System.Globalization;
using System.Text.Json;
using BackOffice.Api.Security;
using BackOffice.Domain.Merchants;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace BackOffice.Api.Transport.Subscriptions;

/// <summary>
/// What makes two subscriptions the same stream of bytes: the same document (printed from its syntax tree, so spacing and
/// comments do not matter), operation, variables (as canonical JSON) and caller. Merchant and role are part of it: an
/// execution runs as one caller and is never shared beyond callers who would see exactly the same.
/// </summary>
public sealed record AudienceKey(string Document, string? OperationName, string Variables, string MerchantId, ApiKeyRole Role)
{
    /// <summary>The subscription passes an <c>after</c> that is not null (a literal, or a variable given a value): it replays, so it runs alone.</summary>
    public bool Resumes { get; init; }

    private static readonly SDLPrinter Printer = new();

    /// <summary>The key of a subscription operation; null for queries, mutations and documents that do not parse (they run alone).</summary>
    public static AudienceKey? Of(GraphQLRequest request, AuthenticatedKey caller)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(request.Query, new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (Exception)
        {
            return null; // a syntax error, a document too deep: the executer reports it, with its code, to this subscriber alone
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = string.IsNullOrEmpty(request.OperationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
        if (operation?.Operation != OperationType.Subscription)
        {
            return null;
        }

        return new AudienceKey(Printer.Print(document), request.OperationName, CanonicalJson(request.Variables), caller.MerchantId, caller.Role)
        {
            Resumes = operation.SelectionSet.Selections.OfType<GraphQLField>()
                .Any(f => f.Arguments?.Any(a => a.Name.StringValue == "after" && HasValue(a.Value, request.Variables)) == true),
        };
    }

    /// <summary>A dashboard's one document with <c>after: $after</c> shares its execution while it passes no resume point.</summary>
    private static bool HasValue(GraphQLValue value, Inputs? variables) => value switch
    {
        GraphQLNullValue => false,
        GraphQLVariable variable => variables is not null && variables.TryGetValue(variable.Name.StringValue, out var given) && given is not null,
        _ => true,
    };

    /// <summary>Variables with object keys sorted: <c>{"a":1,"b":2}</c> and <c>{"b":2,"a":1}</c> are one audience.</summary>
    private static string CanonicalJson(Inputs? variables)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, variables ?? Inputs.Empty);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case IEnumerable<KeyValuePair<string, object?>> fields:
                json.WriteStartObject();
                foreach (var (name, field) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    json.WritePropertyName(name);
                    Write(json, field);
                }

                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                // A number, tagged with its type: `$` cannot start a GraphQL input field name, so no input object looks like this.
                json.WriteStartObject();
                json.WriteString("$t", value.GetType().FullName);
                json.WriteString("v", Convert.ToString(value, CultureInfo.InvariantCulture));
                json.WriteEndObject();
                break;
        }
    }
}
