using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Paging;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Orders;

namespace BackOffice.Api.Orders;

public sealed class OrderFilterInputType() : FilterInputType<OrderFilterInputType, Order>(OrderListing.Definition);

public sealed class OrderSortInputType() : SortInputType<Order>(OrderListing.Definition);

public sealed class OrdersEdgeType() : EdgeType<OrderGraphType, Order>("OrdersEdge");

public sealed class OrdersConnectionType() : ConnectionType<OrdersEdgeType, OrderGraphType, Order>("OrdersConnection");
