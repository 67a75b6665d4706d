using GraphQLParser.AST;

namespace BackOffice.Api.Common.Execution;

/// <summary>
/// What a document costs GraphQL.NET's validation and field collection before any of it runs, measured in one pass
/// with each fragment costed once: <see cref="Fields"/>, the fields of the operation with every fragment spread
/// expanded (GraphQL.NET expands a fragment again at each spread, so 30 fragments spreading the next twice are
/// 2^30 fields), and <see cref="FieldMerges"/>, the pairs of same-named fields the overlapping-fields rule compares
/// (it compares every such pair of a selection set, so 1,500 repeated fields are 1.1 million comparisons).
/// Counts saturate instead of overflowing; a fragment cycle counts once (its own rule reports it).
/// </summary>
public sealed class DocumentSize
{
    private const long Saturated = long.MaxValue / 4;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = [];
    private readonly Dictionary<string, Expansion?> _expanded = []; // null while a fragment is being measured: a cycle
    private long _merges;

    private DocumentSize(GraphQLDocument document)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLFragmentDefinition fragment)
            {
                _fragments.TryAdd(fragment.FragmentName.Name.ToString(), fragment);
            }
        }
    }

    public long Fields { get; private set; }

    public long FieldMerges => _merges;

    public static DocumentSize Measure(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        var size = new DocumentSize(document);
        size.Fields = size.Expand(operation.SelectionSet);

        // The merge rule visits every selection set written in the document once, fragments' own included.
        foreach (var name in size._fragments.Keys)
        {
            if (size.Fragment(name) is { } fragment)
            {
                size.CountMerges(fragment.Names);
            }
        }

        return size;
    }

    /// <summary>A selection set's expanded field count; its same-named pairs are added to the merges.</summary>
    private long Expand(GraphQLSelectionSet selectionSet)
    {
        var names = new Dictionary<string, long>();
        var fields = Collect(selectionSet, names);
        CountMerges(names);
        return fields;
    }

    private void CountMerges(Dictionary<string, long> names)
    {
        foreach (var count in names.Values)
        {
            _merges = Add(_merges, count > 1 ? Multiply(count, count - 1) / 2 : 0);
        }
    }

    private long Collect(GraphQLSelectionSet selectionSet, Dictionary<string, long> names)
    {
        long fields = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var name = (field.Alias?.Name ?? field.Name).ToString();
                    names[name] = Add(names.GetValueOrDefault(name), 1);
                    fields = Add(fields, 1);
                    if (field.SelectionSet is { } children)
                    {
                        fields = Add(fields, Expand(children));
                    }

                    break;
                case GraphQLInlineFragment inline:
                    fields = Add(fields, Collect(inline.SelectionSet, names));
                    break;
                case GraphQLFragmentSpread spread when Fragment(spread.FragmentName.Name.ToString()) is { } fragment:
                    foreach (var (fragmentName, count) in fragment.Names)
                    {
                        names[fragmentName] = Add(names.GetValueOrDefault(fragmentName), count);
                    }

                    fields = Add(fields, fragment.Fields);
                    break;
            }
        }

        return fields;
    }

    private Expansion? Fragment(string name)
    {
        if (_expanded.TryGetValue(name, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(name, out var definition))
        {
            return null; // an unknown fragment: KnownFragmentNames reports it
        }

        _expanded[name] = null;
        var names = new Dictionary<string, long>();
        var expansion = new Expansion(Collect(definition.SelectionSet, names), names);
        _expanded[name] = expansion;
        return expansion;
    }

    private static long Add(long a, long b) => Math.Min(Saturated, a + b);

    private static long Multiply(long a, long b) => a > Saturated / Math.Max(1, b) ? Saturated : a * b;

    /// <summary>A fragment's expanded field count and how often each response name occurs at its top level.</summary>
    private sealed record Expansion(long Fields, Dictionary<string, long> Names);
}
