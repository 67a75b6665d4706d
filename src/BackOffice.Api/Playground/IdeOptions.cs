namespace BackOffice.Api.Playground;

/// <summary>The <c>GraphQL:Ide</c> configuration section.</summary>
public sealed class IdeOptions
{
    public const string Section = "GraphQL:Ide";

    /// <summary>Serve Banana Cake Pop on <c>/graphql/</c>; production may switch it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the IDE's files are; by default <c>ide/</c> next to the application.</summary>
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "ide");

    public bool FilesPresent => File.Exists(Path.Combine(Folder, "index.html"));
}
