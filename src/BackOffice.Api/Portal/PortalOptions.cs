namespace BackOffice.Api.Portal;

/// <summary>The <c>GraphQL:Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string Section = "GraphQL:Portal";

    /// <summary>Serve the merchant portal on <c>/</c>; a deployment that only wants the API switches it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where the portal's built files are; by default <c>portal/</c> next to the application.</summary>
    public string Folder { get; set; } = Path.Combine(AppContext.BaseDirectory, "portal");

    public bool FilesPresent => File.Exists(Path.Combine(Folder, "index.html"));
}
