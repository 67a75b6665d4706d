using BackOffice.Api.Root;
using BackOffice.Api.Tests.Support;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Root;

/// <summary>
/// <c>schema/schema.graphql</c> is the contract clients read; it must be exactly what the server prints.
/// To accept a deliberate change: <c>dotnet run --project src/BackOffice.Api -- schema export --output schema/schema.graphql</c>,
/// then review the diff.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class SchemaFileTests(ApiFactory api)
{
    [Fact]
    public void TheCommittedSchemaFileMatchesTheServer()
    {
        var printed = SchemaText.Of(api.Services.GetRequiredService<ISchema>());
        var path = Repository.PathOf("schema", "schema.graphql");
        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(committed == printed,
            "schema/schema.graphql differs from the schema the server prints. If the change is deliberate, run " +
            "`dotnet run --project src/BackOffice.Api -- schema export --output schema/schema.graphql` and commit the file.");
    }
}
