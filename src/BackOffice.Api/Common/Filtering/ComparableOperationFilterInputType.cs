using GraphQL.Types;

namespace BackOffice.Api.Common.Filtering;

/// <summary>HotChocolate's comparable operation inputs (<c>LongOperationFilterInput</c> and friends): equality, lists and ranges.</summary>
public abstract class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    public static readonly string[] Operators = ["eq", "neq", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    protected ComparableOperationFilterInputType(string name)
    {
        Name = name;
        Field<TScalar>("eq");
        Field<TScalar>("neq");
        Field<ListGraphType<TScalar>>("in");
        Field<ListGraphType<TScalar>>("nin");
        foreach (var op in Operators.Skip(2))
        {
            Field<TScalar>(op);
        }
    }
}

public sealed class LongOperationFilterInputType() : ComparableOperationFilterInputType<LongGraphType>("LongOperationFilterInput");

public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<IntGraphType>("IntOperationFilterInput");

public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterInputType<Scalars.DateTimeType>("DateTimeOperationFilterInput");
