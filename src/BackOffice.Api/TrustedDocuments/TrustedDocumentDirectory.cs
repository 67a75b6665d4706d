using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace BackOffice.Api.TrustedDocuments;

/// <summary>
/// The trusted documents shipped with a front end: every <c>&lt;sha256&gt;.graphql</c> file of
/// <see cref="DocumentStoreOptions.Directory"/>, read once at start (they change with a deployment, never in between).
/// A file not named by the hash of its text stops the start: a client asking by that hash would otherwise get another document.
/// </summary>
public sealed class TrustedDocumentDirectory
{
    private readonly FrozenDictionary<string, string> _documents;

    public TrustedDocumentDirectory(IOptions<DocumentStoreOptions> options, ILogger<TrustedDocumentDirectory> logger)
    {
        _documents = Load(options.Value.Directory);
        if (_documents.Count > 0)
        {
            logger.LogInformation("{Count} trusted documents from {Directory}", _documents.Count, options.Value.Directory);
        }
    }

    public int Count => _documents.Count;

    public string? Find(string hash) => _documents.GetValueOrDefault(hash);

    private static FrozenDictionary<string, string> Load(string? directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            return FrozenDictionary<string, string>.Empty;
        }

        var path = Path.GetFullPath(directory, AppContext.BaseDirectory);
        if (!Directory.Exists(path))
        {
            throw new InvalidOperationException($"{DocumentStoreOptions.Section}:Directory is '{directory}', and there is no directory {path}.");
        }

        var documents = new Dictionary<string, string>();
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
        }

        return documents.ToFrozenDictionary();
    }
}
