using BackOffice.Api.Common.Listing;

namespace BackOffice.Api.Common.Sorting;

public sealed record SortTerm<T>(ListingField<T> Field, SortDirection Direction)
{
    public SortTerm<T> Reversed() => this with { Direction = Direction == SortDirection.Asc ? SortDirection.Desc : SortDirection.Asc };

    public override string ToString() => $"{Field.Name}:{(Direction == SortDirection.Asc ? "ASC" : "DESC")}";
}
