using BackOffice.Api.Playground;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace BackOffice.Api.Rest;

/// <summary>
/// The REST door's OpenAPI document (ASP.NET Core's own generator), committed as <c>schema/openapi.json</c>, and the
/// Scalar reference page beside Banana Cake Pop. They follow the GraphQL switches: the document is served while
/// introspection is (<c>GraphQL:Introspection:Enabled</c>), the page while the IDE is (<c>GraphQL:Ide:Enabled</c>).
/// </summary>
public static class RestOpenApi
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api/reference";

    public static IServiceCollection AddRestOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith(RestApi.Prefix[1..], StringComparison.Ordinal) == true;
            options.AddDocumentTransformer(Describe);
        });

    private static Task Describe(OpenApiDocument document, Microsoft.AspNetCore.OpenApi.OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "BackOffice REST API";
        document.Info.Version = "v1";
        document.Info.Description =
            "The gateway's back-office REST API: the same core as /graphql. Every request carries X-Api-Key; errors are "
            + "{\"errors\":[{\"code\",\"description\"}]} (codes in README.md).";
        document.Servers = []; // the host a client uses, not the one the document happened to be asked on
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            ["ApiKey"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key" },
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] }];
        return Task.CompletedTask;
    }

    public static WebApplication MapRestOpenApi(this WebApplication app)
    {
        if (!app.Configuration.GetValue("GraphQL:Introspection:Enabled", true))
        {
            return app;
        }

        app.MapOpenApi(DocumentPath);
        if (app.Configuration.GetValue($"{IdeOptions.Section}:Enabled", true))
        {
            app.MapScalarApiReference(ReferencePath, options => options.WithTitle("BackOffice REST API").WithOpenApiRoutePattern(DocumentPath));
        }

        return app;
    }
}
