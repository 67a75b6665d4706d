using System.Net;
using System.Text.Json.Nodes;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Rest;

/// <summary>
/// <c>schema/openapi.json</c> is the REST door's contract; it must be exactly what the server serves.
/// To accept a deliberate change: <c>UPDATE_SCHEMA=1 dotnet test --filter RestOpenApiFileTests</c>, then review the diff.
/// </summary>
[Collection(DemoDataCollection.Name)]
public sealed class RestOpenApiFileTests(ApiFactory api)
{
    [Fact]
    public async Task TheCommittedOpenApiFileMatchesTheServer()
    {
        var served = await api.CreateClient().GetStringAsync("/openapi/v1.json");
        var printed = JsonNode.Parse(served)!.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable in a diff
            })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Repository.PathOf("schema", "openapi.json");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path) : "";
        Assert.True(committed == printed,
            "schema/openapi.json differs from the document the server serves. If the change is deliberate, run " +
            "`UPDATE_SCHEMA=1 dotnet test tests/BackOffice.Api.Tests --filter RestOpenApiFileTests` and commit the file.");
    }

    [Fact]
    public async Task TheApiReferencePageIsServed()
    {
        using var response = await api.CreateClient().GetAsync("/api/reference");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
