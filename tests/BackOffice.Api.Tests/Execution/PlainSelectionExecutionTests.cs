using BackOffice.Api.Common.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace BackOffice.Api.Tests.Execution;

/// <summary>
/// The query strategy collects plain selections once and reads property fields as it builds their objects: whatever a
/// document asks and whatever the objects hold, the answer is GraphQL.NET's own serial strategy's, byte for byte —
/// values, nulls bubbling up from a non-null field, a getter that throws, a value its enum does not know, aliases,
/// fragments and directives.
/// </summary>
public sealed class PlainSelectionExecutionTests
{
    private static readonly ISchema Schema = Build();

    public static TheoryData<string> Documents() => new()
    {
        "{ items { name count kind note price } }",
        "{ items { label: name count count2: count kind } }",
        "{ items { name ...Parts } } fragment Parts on Item { count kind }",
        "{ items { name count @include(if: false) kind @skip(if: true) } }",
        "{ items { name computed nested { name count } } }",
        "{ strict { name } }",
        "{ strict { name count } items { name } }",
        "{ throwing { name failing count } }",
        "{ unknownKind { name kind } }",
        "{ items { name } items2: items { count } }",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task AnswersAsGraphQLNetsSerialStrategyDoes(string query)
    {
        var (expected, expectedTree) = await RunAsync(new SerialExecutionStrategy(), GraphQLNets, query);
        var (actual, actualTree) = await RunAsync(new PlainSelectionExecutionStrategy(), Ours, query);

        Assert.Equal(expected, actual);
        // The strategy ran more than the parse: each document answers data, and the broken ones their errors.
        Assert.Contains("\"data\"", actual);
        // The result tree reads the same too (GraphQL.NET's ToValue), for whoever reads it rather than the bytes.
        Assert.Equal(expectedTree, actualTree);
    }

    [Fact]
    public async Task AStrictFieldThatHoldsNullIsAnErrorAtItsPathAndNullsItsObject()
    {
        var (answer, _) = await RunAsync(new PlainSelectionExecutionStrategy(), Ours, "{ strict { name count } }");

        Assert.Contains("\"path\":[\"strict\",1,\"name\"]", answer);
        Assert.Contains("\"data\":{\"strict\":[{\"name\":\"a\",\"count\":1},null]}", answer);
    }

    /// <summary>A property field is read through a getter of its own (one per field definition); a computed field has none and stays a node.</summary>
    [Fact]
    public void PropertyFieldsHaveAGetterOfTheirPropertyAndComputedFieldsNone()
    {
        var type = (IComplexGraphType)Schema.AllTypes["Item"]!;
        var count = PlainSelectionExecutionStrategy.CollectedField.Getter(type.GetField("count")!);

        Assert.Equal(2L, count!(new Item { Count = 2 }));
        Assert.Same(count, PlainSelectionExecutionStrategy.CollectedField.Getter(type.GetField("count")!));
        Assert.Equal("n", PlainSelectionExecutionStrategy.CollectedField.Getter(type.GetField("note")!)!(new Item { Note = "n" }));
        Assert.Null(PlainSelectionExecutionStrategy.CollectedField.Getter(type.GetField("computed")!));
        Assert.Null(PlainSelectionExecutionStrategy.CollectedField.Getter(type.GetField("nested")!));
    }

    /// <summary>GraphQL.NET's own writer, and this server's (<see cref="ExecutionResultWriter"/>, which the strategy's objects need).</summary>
    private static readonly GraphQLSerializer GraphQLNets = new(), Ours = new(o => o.Converters.Add(new ExecutionResultWriter()));

    private static async Task<(string Answer, string Tree)> RunAsync(IExecutionStrategy strategy, GraphQLSerializer serializer, string query)
    {
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(strategy, OperationType.Query)]), []);
        // A fresh parse per run: the strategy keeps what it collected on the document's nodes.
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = Schema;
            options.Query = query;
        });
        return (serializer.Serialize(result), System.Text.Json.JsonSerializer.Serialize((result.Data as ExecutionNode)?.ToValue()));
    }

    public enum Kind
    {
        Card,
        Wallet,
    }

    public sealed class Item
    {
        public string? Name { get; init; }

        public long Count { get; init; }

        public Kind Kind { get; init; }

        public string? Note { get; init; }

        public decimal Price { get; init; }

        public string Failing => throw new InvalidOperationException("The getter failed.");
    }

    public sealed class ItemType : ObjectGraphType<Item>
    {
        public ItemType()
        {
            Name = "Item";
            Field(i => i.Name, nullable: true);
            Field(i => i.Count);
            Field(i => i.Kind);
            Field(i => i.Note, nullable: true);
            Field(i => i.Price);
            Field(i => i.Failing);
            Field<StringGraphType>("computed").Resolve(c => c.Source.Name + "!");
            Field<ItemType>("nested").Resolve(c => new Item { Name = "inner of " + c.Source.Name, Count = 7 });
        }
    }

    public sealed class StrictItemType : ObjectGraphType<Item>
    {
        public StrictItemType()
        {
            Name = "StrictItem";
            Field(i => i.Name, nullable: false); // the second item holds null
            Field(i => i.Count);
        }
    }

    private static Schema Build()
    {
        Item[] items = [new() { Name = "a", Count = 1, Kind = Kind.Wallet, Price = 1.5m }, new() { Name = "b", Count = 2, Note = "n" }];
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<ListGraphType<NonNullGraphType<ItemType>>>("items").Resolve(_ => items);
        query.Field<ListGraphType<NonNullGraphType<ItemType>>>("throwing").Resolve(_ => items);
        query.Field<ListGraphType<NonNullGraphType<ItemType>>>("unknownKind").Resolve(_ => new[] { new Item { Name = "x", Kind = (Kind)42 } });
        query.Field<ListGraphType<StrictItemType>>("strict").Resolve(_ => new[] { items[0], new Item { Count = 3 } });
        return new Schema { Query = query };
    }
}
