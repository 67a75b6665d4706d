using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Paging;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Operations;

public sealed class OperationFilterInputType() : FilterInputType<OperationFilterInputType, Operation>(OperationListing.Definition);

public sealed class OperationSortInputType() : SortInputType<Operation>(OperationListing.Definition);

public sealed class OperationsEdgeType() : EdgeType<OperationGraphType, Operation>("OperationsEdge");

public sealed class OperationsConnectionType() : ConnectionType<OperationsEdgeType, OperationGraphType, Operation>("OperationsConnection");
