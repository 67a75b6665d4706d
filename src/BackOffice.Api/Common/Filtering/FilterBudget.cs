using BackOffice.Api.Common.Errors;

namespace BackOffice.Api.Common.Filtering;

/// <summary>
/// What all the <c>where</c> arguments of one request may cost together, counted while they are translated, so an
/// oversized filter is refused before its SQL runs. The limits fit both databases with room to spare: SQL Server takes
/// 2,100 parameters per command (1,000 values, plus the merchant, the page size and a keyset cursor's dozen, even if a
/// provider sends a value twice) and SQLite parses at most 1,000 nested expressions (200 comparisons joined by
/// <c>or</c>, plus the cursor's predicate).
/// </summary>
public sealed class FilterBudget
{
    /// <summary>Comparisons (<c>eq</c>, <c>in</c>, <c>contains</c>, …) in all the request's filters.</summary>
    public const int MaxTerms = 200;

    /// <summary>Values (one per comparison, one per item of an <c>in</c>/<c>nin</c> list) in all the request's filters.</summary>
    public const int MaxValues = 1000;

    /// <summary>Nested <c>and</c>/<c>or</c> levels in one filter.</summary>
    public const int MaxDepth = 10;

    private int _terms;
    private int _values;

    /// <summary>Counts one comparison holding <paramref name="values"/> values; throws once the request is over a limit.</summary>
    public void Spend(int values)
    {
        if (++_terms > MaxTerms)
        {
            throw ArgumentError.Create(GraphQLErrorCodes.FilterTooComplex,
                $"The filters of one request hold at most {MaxTerms} comparisons in all; use in/nin lists rather than many or terms.",
                ("maxTerms", MaxTerms));
        }

        _values += values;
        if (_values > MaxValues)
        {
            throw ArgumentError.Create(GraphQLErrorCodes.FilterTooComplex,
                $"The filters of one request hold at most {MaxValues} values in all, in/nin lists included.",
                ("maxValues", MaxValues));
        }
    }

    public static void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            throw ArgumentError.Create(GraphQLErrorCodes.FilterTooComplex,
                $"A filter nests and/or at most {MaxDepth} levels deep.", ("maxDepth", MaxDepth));
        }
    }
}
