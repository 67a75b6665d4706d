namespace BackOffice.Api.Common.Errors;

/// <summary>The <c>extensions.code</c> values this API adds to GraphQL.NET's own (HotChocolate's where a client knows them).</summary>
public static class GraphQLErrorCodes
{
    public const string MaxPageSizeExceeded = "HC0051";
    public const string InvalidCursor = "HC0078";
    public const string NegativePageSize = "HC0079";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string FilterTooComplex = "FILTER_TOO_COMPLEX";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string InvalidSort = "INVALID_SORT";
    public const string InvalidId = "INVALID_ID";
    public const string TooManyNodeIds = "TOO_MANY_NODE_IDS";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string Conflict = "CONFLICT";
    public const string RateLimited = "RATE_LIMITED";
    public const string Internal = "INTERNAL";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string BatchTooLarge = "BATCH_TOO_LARGE";
    public const string TooManyStreams = "TOO_MANY_STREAMS";
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";
    public const string MaxFieldMergesExceeded = "MAX_FIELD_MERGES_EXCEEDED";
    public const string MaxErrorsExceeded = "MAX_ERRORS_EXCEEDED";
    public const string MaxExecutionDepthExceeded = "MAX_EXECUTION_DEPTH_EXCEEDED";
    public const string MaxFieldCostExceeded = "MAX_FIELD_COST_EXCEEDED";
    public const string MaxTypeCostExceeded = "MAX_TYPE_COST_EXCEEDED";
    public const string SlicingArgumentRequired = "SLICING_ARGUMENT_REQUIRED";
    public const string CostBudgetExceeded = "COST_BUDGET_EXCEEDED";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Apollo's persisted-queries link recognises this code (and the message <c>PersistedQueryNotFound</c>) and registers the document.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryOnly = "PERSISTED_QUERY_ONLY";
    public const string InvalidPersistedQuery = "INVALID_PERSISTED_QUERY";

    // Why a socket was refused or closed, in the legacy graphql-ws protocol's connection_error (graphql-transport-ws has only close codes).
    public const string TooManySockets = "TOO_MANY_SOCKETS";
    public const string TooManyInitialisationRequests = "TOO_MANY_INITIALISATION_REQUESTS";
    public const string ConnectionInitialisationTimeout = "CONNECTION_INITIALISATION_TIMEOUT";
    public const string SubscriberAlreadyExists = "SUBSCRIBER_ALREADY_EXISTS";
}
