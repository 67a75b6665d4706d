using System.Text;

namespace BackOffice.Api.Tests.Limits;

/// <summary>
/// The small documents that cost a server far more than they weigh, as the hardening review found them: the API's
/// tests assert each one's error, and the chaos soak (which links this file) mixes them into its traffic.
/// </summary>
public static class HostileDocuments
{
    /// <summary><c>{ ...F0 }</c> where each fragment spreads the next twice: 2^<paramref name="levels"/> fields from a kilobyte.</summary>
    public static string FragmentFanOut(int levels)
    {
        var text = new StringBuilder("{ ...F0 } ");
        for (var i = 0; i < levels; i++)
        {
            text.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ");
        }

        return text.Append($"fragment F{levels} on Query {{ __typename }}").ToString();
    }

    /// <summary>The same field again and again without aliases, with arguments that conflict: every pair must be compared.</summary>
    public static string RepeatedConnections(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"orders(first: {i % 2}) {{ totalCount }}")) + " }";

    public static string RepeatedTypename(int count) => "{ " + string.Join(' ', Enumerable.Repeat("__typename", count)) + " }";

    public static string IntrospectionAliases(int count, string selection = "types { fields { type { ofType { ofType { name } } } } }") =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: __schema {{ {selection} }}")) + " }";

    public static string CountAliases(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: orders(first: 0, where: {{ description: {{ contains: \"gift {i}\" }} }}) {{ totalCount }}")) + " }";

    /// <summary>A <c>where</c> of <paramref name="levels"/> nested <c>and</c> lists, deeper than the parser allows at 60.</summary>
    public static string NestedAnd(int levels) =>
        string.Concat(Enumerable.Repeat("{ and: [", levels)) + "{ amount: { gt: 1 } }" + string.Concat(Enumerable.Repeat("] }", levels));

    /// <summary>A <c>where</c> that is an <c>or</c> of <paramref name="terms"/> comparisons.</summary>
    public static string WideOr(int terms) =>
        "{ or: [" + string.Join(", ", Enumerable.Range(0, terms).Select(i => $"{{ amount: {{ eq: {i} }} }}")) + "] }";

    public static string UnknownFields(int count) => "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"unknown{i}")) + " }";
}
