using System.Collections.Frozen;
using BackOffice.Api.Portal;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.TrustedDocuments;

/// <summary>
/// The trusted documents shipped with a front end: every <c>&lt;sha256&gt;.graphql</c> file of
/// <see cref="DocumentStoreOptions.Directory"/>, and those of the merchant portal this application serves (its build writes
/// them to <c>trusted-documents/</c> in the portal's folder), read once at start (they change with a deployment, never in
/// between). Both feed one dictionary: the portal's come with the application and need no setting, so a persisted-only key
/// runs the portal out of the box, while the setting stays the way in for another front end's documents; a hash found in
/// both names the same text. A file not named by the hash of its text stops the start: a client asking by that hash would
/// otherwise get another document.
/// </summary>
public sealed class TrustedDocumentDirectory
{
    /// <summary>The folder of the portal's build that holds its documents (scripts/trusted-documents.mjs writes it).</summary>
    public const string PortalFolder = "trusted-documents";

    private readonly FrozenDictionary<string, string> _documents;

    public TrustedDocumentDirectory(IOptions<DocumentStoreOptions> options, IOptions<PortalOptions> portal, ILogger<TrustedDocumentDirectory> logger)
    {
        var documents = new Dictionary<string, string>();
        Load(options.Value.Directory, documents, logger);
        var portalDocuments = Path.Combine(portal.Value.Folder, PortalFolder);
        if (portal.Value.Enabled && Directory.Exists(portalDocuments))
        {
            Load(portalDocuments, documents, logger);
        }

        _documents = documents.ToFrozenDictionary();
    }

    public int Count => _documents.Count;

    public string? Find(string hash) => _documents.GetValueOrDefault(hash);

    private static void Load(string? directory, Dictionary<string, string> documents, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        var path = Path.GetFullPath(directory, AppContext.BaseDirectory);
        if (!Directory.Exists(path))
        {
            throw new InvalidOperationException($"{DocumentStoreOptions.Section}:Directory is '{directory}', and there is no directory {path}.");
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(path, "*.graphql"))
        {
            var text = File.ReadAllText(file);
            var hash = DocumentHash.Of(text);
            var name = Path.GetFileNameWithoutExtension(file);
            if (!string.Equals(name, hash, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"The trusted document {file} must be named by the SHA-256 of its text (UTF-8, as is): {hash}.graphql.");
            }

            documents[hash] = text;
            count++;
        }

        logger.LogInformation("{Count} trusted documents from {Directory}", count, path);
    }
}
