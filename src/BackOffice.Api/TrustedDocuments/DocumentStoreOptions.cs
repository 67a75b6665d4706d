namespace BackOffice.Api.TrustedDocuments;

/// <summary>The <c>GraphQL:Documents</c> configuration section: trusted documents and automatic persisted queries.</summary>
public sealed class DocumentStoreOptions
{
    public const string Section = "GraphQL:Documents";

    /// <summary>
    /// A directory of <c>&lt;sha256&gt;.graphql</c> files shipped with a front end (the reviewed documents a persisted-only
    /// key may run); relative paths start at the application's directory. Empty: none.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>Clients may register documents by automatic persisted queries (query and hash together).</summary>
    public bool Registration { get; set; } = true;

    /// <summary>Registered documents kept per merchant; registering one more evicts that merchant's oldest registration.</summary>
    public int MaxRegisteredPerMerchant { get; set; } = 500;
}
