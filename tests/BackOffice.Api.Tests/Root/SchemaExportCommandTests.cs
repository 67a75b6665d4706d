using BackOffice.Api.Root;
using BackOffice.Api.SchemaExport;
using BackOffice.Api.Tests.Support;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Api.Tests.Root;

[Collection(DemoDataCollection.Name)]
public sealed class SchemaExportCommandTests(ApiFactory api)
{
    [Fact]
    public async Task TheExportedFileIsWhatTheServerPrintsWithoutADatabase()
    {
        var directory = Directory.CreateTempSubdirectory("schema-export-");
        try
        {
            var output = Path.Combine(directory.FullName, "out", "schema.graphql");
            // A database path whose directory does not exist: nothing may open it.
            var database = Path.Combine(directory.FullName, "missing", "none.db");

            var exit = await SchemaExportCommand.RunAsync(
                ["schema", "export", "--output", output, $"--ConnectionStrings:BackOffice=Data Source={database}"]);

            Assert.Equal(0, exit);
            Assert.Equal(SchemaText.Of(api.Services.GetRequiredService<ISchema>()), await File.ReadAllTextAsync(output));
            Assert.False(Directory.Exists(Path.GetDirectoryName(database)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("schema")]
    [InlineData("schema export --output")]
    public async Task AMalformedCommandAnswersUsage(string command)
    {
        Assert.Equal(2, await SchemaExportCommand.RunAsync(command.Split(' ')));
    }
}
