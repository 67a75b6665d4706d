using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.Api.Common.Errors;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace BackOffice.Api.Export;

/// <summary>
/// Reads the export's <c>where</c> and <c>order</c> query parameters as GraphQL variables of
/// <c>OrderFilterInput</c> and <c>[OrderSortInput!]</c>: GraphQL.NET's own variable coercion, run by validating a fixed
/// <c>orders</c> operation that passes them, so a value the <c>orders</c> query would refuse is refused here with the same message
/// and code, and an accepted one arrives in the shape the filter and sort translators read.
/// </summary>
public static class ExportArguments
{
    public const string InvalidJson = "INVALID_JSON";

    /// <summary>Validated, never executed: the variables are coerced exactly as for a dashboard's <c>orders</c> query.</summary>
    private const string Operation = "query Export($where: OrderFilterInput, $order: [OrderSortInput!]) { orders(where: $where, order: $order) { totalCount } }";

    private static readonly GraphQLDocument Document = GraphQLParser.Parser.Parse(Operation);

    /// <summary>The parsed values, or the errors to answer with (each with its code).</summary>
    public static async Task<(object? Where, object? Order, IReadOnlyList<ExecutionError> Errors)> ReadAsync(HttpContext context)
    {
        var variables = new JsonObject();
        var errors = new List<ExecutionError>();
        foreach (var name in new[] { "where", "order" })
        {
            var text = context.Request.Query[name].ToString();
            if (context.Request.Query[name].Count > 1)
            {
                errors.Add(ArgumentError.Create(GraphQLErrorCodes.InvalidRequest, $"Give the '{name}' parameter once."));
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                try
                {
                    variables[name] = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
                }
                catch (JsonException e)
                {
                    errors.Add(ArgumentError.Create(InvalidJson,
                        $"The '{name}' parameter is not JSON ({e.Message.Split(". ")[0]}); send the value a GraphQL variable of that name would hold."));
                }
            }
        }

        if (errors.Count > 0)
        {
            return (null, null, errors);
        }

        var services = context.RequestServices;
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        var inputs = services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(variables.ToJsonString()) ?? Inputs.Empty;
        var result = await services.GetRequiredService<IDocumentValidator>().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = Document,
            Operation = Document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Variables = inputs,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            RequestServices = services,
            User = context.User,
            CancellationToken = context.RequestAborted,
        });
        if (!result.IsValid)
        {
            // Re-created without locations: they would point into the fixed operation above, not into anything the client sent.
            return (null, null, result.Errors.Select(e => ArgumentError.Create(e.Code ?? GraphQLErrorCodes.InvalidRequest, e.Message)).ToList());
        }

        object? Value(string name) => result.Variables?.FirstOrDefault(v => v.Name == name)?.Value;
        return (Value("where"), Value("order"), []);
    }
}
