using GraphQL.Types;

namespace BackOffice.Api.Viewer;

public sealed class ViewerGraphType : ObjectGraphType<Viewer>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "The API key making the request and the merchant it acts for.";
        Field(v => v.MerchantId);
        Field(v => v.MerchantName).Description("The merchant's name, for display.");
        Field(v => v.KeyName).Description("The key's name (never the key itself).");
        Field(v => v.Role, type: typeof(NonNullGraphType<ApiKeyRoleType>))
            .Description("A front end hides every action from a READ key; the API refuses them anyway.");
    }
}
