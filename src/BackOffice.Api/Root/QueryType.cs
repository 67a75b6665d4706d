using BackOffice.Api.Contracts;
using BackOffice.Api.Operations;
using BackOffice.Api.Orders;
using BackOffice.Api.Orders.Statistics;
using BackOffice.Api.Viewer;
using GraphQL.Types;

namespace BackOffice.Api.Root;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddOrderQueries();
        this.AddOrderStatisticsQuery();
        this.AddOperationQueries();
        this.AddContractQueries();
        this.AddNodeQueries();
        this.AddViewerQueries();
    }
}
