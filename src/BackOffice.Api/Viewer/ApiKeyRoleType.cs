using BackOffice.Domain.Merchants;
using GraphQL.Types;

namespace BackOffice.Api.Viewer;

public sealed class ApiKeyRoleType : EnumerationGraphType<ApiKeyRole>
{
    public ApiKeyRoleType()
    {
        Name = "ApiKeyRole";
        Description = "What an API key may do.";
        Values.FindByValue(ApiKeyRole.Read)!.Description = "Queries and subscriptions only.";
        Values.FindByValue(ApiKeyRole.Operate)!.Description = "Also the mutations that move money and deactivate contracts.";
    }
}
