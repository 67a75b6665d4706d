namespace BackOffice.Api.Common.Cost;

/// <summary>The weights this schema applies with <c>@cost</c>, on HotChocolate's scale (a composite field 1, a leaf 0).</summary>
public static class CostWeights
{
    /// <summary>A field whose resolver asks the database (HotChocolate's default for an async resolver).</summary>
    public const double Resolver = 10;

    /// <summary>
    /// A scan of every matching row (<c>totalCount</c>, <c>orderStatistics</c>): about 250 pages' worth of a page's resolver
    /// cost. Nineteen of them fit the default field-cost limit; a dashboard shows a handful.
    /// </summary>
    public const double Count = 2_500;

    /// <summary>What a list without <c>@listSize</c> is taken to hold.</summary>
    public const int DefaultListSize = 20;
}
