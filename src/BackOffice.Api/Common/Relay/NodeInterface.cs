using GraphQL.Types;

namespace BackOffice.Api.Common.Relay;

/// <summary>Relay's <c>Node</c>: every entity a client can fetch again by its global id.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "The node interface is implemented by entities that have a global unique identifier.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
