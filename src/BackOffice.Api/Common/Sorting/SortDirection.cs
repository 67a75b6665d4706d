namespace BackOffice.Api.Common.Sorting;

public enum SortDirection
{
    Asc,
    Desc,
}
