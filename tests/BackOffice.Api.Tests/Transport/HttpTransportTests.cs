using System.Net;
using System.Text;
using BackOffice.Api.Tests.Support;

namespace BackOffice.Api.Tests.Transport;

/// <summary>GraphQL over HTTP as a client meets it: methods, media types, status codes and bad input, never a 500.</summary>
[Collection(DemoDataCollection.Name)]
public sealed class HttpTransportTests(ApiFactory api)
{
    private const string Json = "application/json";
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task AQueryOverGetWorks()
    {
        var response = await Get("/graphql?query=" + Uri.EscapeDataString("query($n: Int) { orders(first: $n) { nodes { orderId } } }")
            + "&variables=" + Uri.EscapeDataString("{\"n\": 2}"));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(2, response.EnsureNoErrors().Data!["orders"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task AMutationOverGetIs405WithAllowPost()
    {
        var response = await Get("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"), GraphQLResponse);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Contains(response.Errors!, e => e!["extensions"]!["code"]!.GetValue<string>() == "QUERY_ONLY_OVER_GET");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task AnUnsupportedContentTypeIs415(string contentType)
    {
        var response = await Post("{\"query\":\"{ __typename }\"}", contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
    }

    [Theory]
    [InlineData("{\"query\":", Json)]
    [InlineData("{\"query\": 42}", Json)]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", GraphQLResponse)]
    [InlineData("42", Json)]
    [InlineData("{\"qeury\": \"{ __typename }\"}", Json)]
    [InlineData("", Json)]
    public async Task ABadRequestBodyIs400WithAReason(string body, string accept)
    {
        var response = await Post(body, Json, accept);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.FirstErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(response.Errors![0]!["message"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("\"{ __typename }\"", "must be a JSON object")]
    [InlineData("{\"query\": 42}", "line 1, position")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", "line 1, position")]
    [InlineData("{\"query\":", "line 1, position")]
    public async Task ABadRequestBodyIsExplainedWithoutDotNetTypeNames(string body, string expected)
    {
        var response = await Post(body, Json);
        var message = response.Errors![0]!["message"]!.GetValue<string>();
        Assert.Contains(expected, message, StringComparison.Ordinal);
        foreach (var leak in new[] { "GraphQL.", "System.", "BytePositionInLine", "LineNumber", "Path: $" })
        {
            Assert.DoesNotContain(leak, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BadVariablesOverGetAreExplainedWithoutDotNetTypeNames()
    {
        var response = await Get("/graphql?query=" + Uri.EscapeDataString("{ __typename }") + "&variables=" + Uri.EscapeDataString("[1]"));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("must be JSON objects", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("GraphQL.", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentNestedBeyondTheParsersDepthIsADepthErrorNotAnInternalOne()
    {
        var list = new string('[', 200) + new string(']', 200);
        var response = await api.Client().PostAsync($"{{ orders(where: {{ orderId: {{ in: {list} }} }}) {{ totalCount }} }}", accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task ATenMegabyteBodyIs413()
    {
        var body = "{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('a', 10 * 1024 * 1024) + "\"}}";
        var response = await Post(body, Json);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.FirstErrorCode);
    }

    [Fact]
    public async Task AnUnknownFieldIs200UnderJsonAnd400UnderGraphQLResponse()
    {
        var legacy = await api.Client().PostAsync("{ orders { nope } }", accept: Json);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal(Json, legacy.MediaType);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", legacy.FirstErrorCode);

        var modern = await api.Client().PostAsync("{ orders { nope } }", accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Equal(GraphQLResponse, modern.MediaType);
        Assert.Null(modern.Json["data"]);
    }

    [Fact]
    public async Task AnUnacceptableAcceptIs406()
    {
        var response = await api.Client().PostAsync("{ __typename }", accept: "text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task ATooDeepQueryIsRefused()
    {
        var query = "{ __type(name: \"Order\") { fields { type" + string.Concat(Enumerable.Repeat(" { ofType", 14)) + " { name }"
            + new string('}', 14) + " } } }";
        var response = await api.Client().PostAsync(query);
        Assert.Equal("MAX_EXECUTION_DEPTH_EXCEEDED", response.FirstErrorCode);
        Assert.Contains("at most 15", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task AFanOutBombIsRefused()
    {
        var response = await api.Client().PostAsync(
            "{ orders(first: 100) { nodes { operations { order { operations { order { operations { operationId } } } } } } } }");
        Assert.Equal("MAX_FIELD_COST_EXCEEDED", response.FirstErrorCode);
        Assert.Contains("maximum allowed field cost", response.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFullDashboardPagePasses()
    {
        var response = await api.Client().PostAsync("""
            {
              orders(first: 100) {
                totalCount pageInfo { hasNextPage endCursor }
                edges { cursor node { id orderId amount currency customerId description channel createdAt authorizedAmount capturedAmount
                  refundedAmount status lastOperationType lastOperationTime
                  operations { id operationId operationType operationResult operationAmount operationCurrency operationTime channel
                    paymentMethod paymentCircuit paymentInstrumentInfo parentOperationId description contractId } } }
              }
            }
            """);
        response.EnsureNoErrors();
    }

    [Fact]
    public async Task TheIntrospectionQueryOfAnIdePasses()
    {
        var response = await api.Client().PostAsync(IntrospectionQuery);
        Assert.Equal("Query", response.EnsureNoErrors().Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheSchemaIsServedAsSdlToAValidKey()
    {
        var response = await api.Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl"));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/graphql", response.MediaType);
        Assert.Equal(File.ReadAllText(Repository.PathOf("schema", "schema.graphql")), response.Body); // what `schema export` writes
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task TheSchemaWithoutAValidKeyIs401(string? key)
    {
        var response = await api.Client(key).SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.DoesNotContain("OrdersConnection", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCorrelationIdIsEchoed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, Json) };
        request.Headers.Add("X-Correlation-Id", "dash-1234");
        var response = await api.Client().SendAsync(request);
        Assert.Equal("dash-1234", response.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Equal("dash-1234", response.Json["extensions"]!["correlationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnexpectedFailureIsMaskedWithItsCorrelationId()
    {
        api.Faults.FailOnTable = "Contracts";
        try
        {
            var response = await api.Client().PostAsync("{ contracts(customerId: \"CUST00003\") { totalCount } }");
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Equal("INTERNAL", response.FirstErrorCode);
            var message = response.Errors![0]!["message"]!.GetValue<string>();
            Assert.Contains(response.Json["extensions"]!["correlationId"]!.GetValue<string>(), message, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", response.Body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Exception", response.Body, StringComparison.Ordinal);
        }
        finally
        {
            api.Faults.FailOnTable = null;
        }
    }

    [Fact]
    public async Task ABrowserIsRedirectedToTheIdePage()
    {
        using var client = api.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpointsAnswerHealthy(string path)
    {
        using var response = await api.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private Task<GraphQLClient.GraphQLResponse> Get(string url, string? accept = null) =>
        api.Client().SendAsync(new HttpRequestMessage(HttpMethod.Get, url), accept);

    private Task<GraphQLClient.GraphQLResponse> Post(string body, string contentType, string? accept = null)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return api.Client().SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept);
    }

    internal const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}
