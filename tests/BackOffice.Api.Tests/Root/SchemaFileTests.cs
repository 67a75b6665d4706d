using BackOffice.Api.Tests.Support;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Root;

/// <summary>
/// <c>schema/schema.graphql</c> is the contract clients read; it must be exactly what the server prints.
/// To accept a deliberate change: <c>UPDATE_SCHEMA=1 dotnet test --filter SchemaFileTests</c>, then review the diff.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class SchemaFileTests(ApiFactory api)
{
    [Fact]
    public void TheCommittedSchemaFileMatchesTheServer()
    {
        var printed = api.Services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Repository.PathOf("schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(committed == printed,
            "schema/schema.graphql differs from the schema the server prints. If the change is deliberate, run " +
            "`UPDATE_SCHEMA=1 dotnet test tests/BackOffice.Api.Tests --filter SchemaFileTests` and commit the file.");
    }
}
