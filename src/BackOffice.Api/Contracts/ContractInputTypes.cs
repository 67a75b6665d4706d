using BackOffice.Api.Common.Filtering;
using BackOffice.Api.Common.Paging;
using BackOffice.Api.Common.Sorting;
using BackOffice.Domain.Contracts;

namespace BackOffice.Api.Contracts;

public sealed class ContractFilterInputType() : FilterInputType<ContractFilterInputType, Contract>(ContractListing.Definition);

public sealed class ContractSortInputType() : SortInputType<Contract>(ContractListing.Definition);

public sealed class ContractsEdgeType() : EdgeType<ContractGraphType, Contract>("ContractsEdge");

public sealed class ContractsConnectionType() : ConnectionType<ContractsEdgeType, ContractGraphType, Contract>("ContractsConnection");
