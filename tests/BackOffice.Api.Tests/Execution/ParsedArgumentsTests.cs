using System.Text;
using System.Text.Json;
using BackOffice.Api.Common.Execution;
using BackOffice.Api.Tests.Support;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Execution;

/// <summary>
/// A cached operation's arguments parsed from its plan give what GraphQL.NET's validator gives for the same request —
/// variables, every field's and directive's arguments with their sources, and the errors with their messages and
/// locations — whatever the variables hold.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class ParsedArgumentsTests(ApiFactory api)
{
    public static TheoryData<string, string[]> Documents => new()
    {
        {
            "query($after: String) { orders(first: 50, after: $after, order: [{ createdAt: DESC }]) { nodes { orderId } } }",
            ["{}", """{"after":null}""", """{"after":"abc"}""", """{"after":5}""", """{"after":["a"]}"""]
        },
        {
            "query($id: String!) { order(orderId: $id) { orderId operations { operationId } } }",
            ["""{"id":"B2400-1"}""", "{}", """{"id":null}""", """{"id":{"a":1}}"""]
        },
        {
            "query($s: [OrderStatus!], $min: Long, $n: Int = 5) { orders(first: $n, where: { status: { in: $s }, amount: { gte: $min } }, order: [{ amount: ASC }]) { totalCount nodes { orderId } } }",
            ["{}", """{"s":["CAPTURED","PENDING"],"min":1000}""", """{"s":"CAPTURED","n":null}""", """{"s":["NOPE"]}""", """{"s":[null]}""", """{"min":"x","n":2}"""]
        },
        {
            "query($with: Boolean!) { orders(first: 2) { nodes { orderId amount @include(if: $with) } totalCount @skip(if: $with) } order(orderId: \"B2400-1\") { orderId } }",
            ["""{"with":true}""", """{"with":false}""", """{"with":"yes"}""", "{}"]
        },
        {
            "query($n: Int, $where: OrderFilterInput) { ...Page ...Page } fragment Page on Query { orders(first: $n, where: $where) { nodes { orderId ... on Order { status } } } }",
            ["""{"n":3}""", """{"n":null,"where":{"status":{"eq":"CAPTURED"},"or":[{"amount":{"gt":1}}]}}""", """{"n":"x"}""", """{"where":{"nope":1}}""", """{"where":{"status":{"eq":"CAPTURED","in":["PENDING"]}}}"""]
        },
        {
            "{ orders(first: 3, order: [{ amount: ASC }], where: { status: { eq: CAPTURED } }) { nodes { orderId createdAt } } }",
            ["{}", """{"unused":1}"""]
        },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task ItParsesWhatGraphQLNetsValidatorParses(string query, string[] requests)
    {
        var (schema, document, operation) = Parse(query);
        var first = await new DocumentValidator().ValidateAsync(Options(schema, document, operation, requests[0], DocumentValidator.CoreRules));
        Assert.True(first.IsValid, string.Join("; ", first.Errors.Select(e => e.Message)));
        await ParsedArguments.RememberAsync(Options(schema, document, operation, requests[0], DocumentValidator.CoreRules), first);

        foreach (var variables in requests)
        {
            var theirs = await new DocumentValidator().ValidateAsync(Options(schema, document, operation, variables, []));
            var ours = ParsedArguments.Parse(Options(schema, document, operation, variables, []));
            Assert.NotNull(ours);
            Assert.Equal(Describe(theirs), Describe(await ours));
        }

        Assert.Null(ParsedArguments.Parse(Options(schema, document, operation, requests[0], DocumentValidator.CoreRules))); // rules to run: the validator
    }

    [Fact]
    public async Task ItLeavesToTheValidatorANullableVariableUsedWhereAValueIsRequired()
    {
        // GraphQL.NET parses "$id" as non-null there (it has a default, so the document is valid): only its walk knows.
        var (schema, document, operation) = Parse("query($id: String = \"B2400-1\") { order(orderId: $id) { orderId } }");
        var options = Options(schema, document, operation, """{"id":null}""", DocumentValidator.CoreRules);
        var result = await new DocumentValidator().ValidateAsync(options);
        await ParsedArguments.RememberAsync(options, result);

        Assert.Null(ParsedArguments.Parse(Options(schema, document, operation, """{"id":null}""", [])));
        Assert.Contains("non-null", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItGivesEachRequestItsOwnMaps()
    {
        var (schema, document, operation) = Parse("query($n: Int) { orders(first: $n) { totalCount } order(orderId: \"B2400-1\") { orderId } }");
        var options = Options(schema, document, operation, """{"n":1}""", DocumentValidator.CoreRules);
        await ParsedArguments.RememberAsync(options, await new DocumentValidator().ValidateAsync(options));

        var one = await ParsedArguments.Parse(Options(schema, document, operation, """{"n":1}""", []))!;
        var two = await ParsedArguments.Parse(Options(schema, document, operation, """{"n":2}""", []))!;
        Assert.NotSame(one.ArgumentValues, two.ArgumentValues);
        Assert.Equal(1, one.ArgumentValues!.Single(a => a.Key.Name == "orders").Value["first"].Value);
        Assert.Equal(2, two.ArgumentValues!.Single(a => a.Key.Name == "orders").Value["first"].Value);
    }

    private (ISchema Schema, GraphQLDocument Document, GraphQLOperationDefinition Operation) Parse(string query)
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        var document = new GraphQLDocumentBuilder().Build(query);
        return (schema, document, document.Definitions.OfType<GraphQLOperationDefinition>().Single());
    }

    private ValidationOptions Options(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, string variables, IEnumerable<IValidationRule> rules) => new()
    {
        Schema = schema,
        Document = document,
        Operation = operation,
        Rules = rules,
        Variables = api.Services.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(variables) ?? Inputs.Empty,
        Extensions = Inputs.Empty,
        UserContext = new Dictionary<string, object?>(),
        Metrics = Metrics.None,
    };

    /// <summary>Everything the executer reads from a validation result, in document order.</summary>
    private static string Describe(IValidationResult result)
    {
        var text = new StringBuilder();
        foreach (var error in result.Errors.OfType<ValidationError>())
        {
            text.AppendLine($"error {error.Code} {error.Number}: {error.Message} at {string.Join(",", error.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? [])}");
        }

        foreach (var variable in result.Variables ?? Variables.None)
        {
            text.AppendLine($"variable {variable.Name} = {Json(variable.Value)} default={variable.IsDefault} specified={variable.ValueSpecified}");
        }

        foreach (var (field, arguments) in (result.ArgumentValues ?? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>()).OrderBy(a => a.Key.Location.Start))
        {
            text.AppendLine($"field {field.Name} at {field.Location.Start}: {Arguments(arguments)}");
        }

        foreach (var (node, directives) in (result.DirectiveValues ?? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>()).OrderBy(d => d.Key.Location.Start))
        {
            text.AppendLine($"directives at {node.Location.Start}: {string.Join("; ", directives.Select(d => $"{d.Key}({Arguments(d.Value.Arguments)})"))}");
        }

        return text.ToString();
    }

    private static string Arguments(IDictionary<string, ArgumentValue> arguments) =>
        string.Join(", ", arguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Json(a.Value.Value)} ({a.Value.Source})"));

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
