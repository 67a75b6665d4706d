using System.Text.Json;
using BackOffice.Api.Tests.Support;
using BackOffice.Api.Tests.Telemetry;
using YamlDotNet.RepresentationModel;

namespace BackOffice.Api.Tests.Deployment;

/// <summary>
/// Docker cannot run here, so the production shape is checked as files: the compose file parses and wires SQL Server,
/// Redis, two API instances, nginx, Prometheus and Grafana as the README says; the Dockerfile builds what the README promises.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string Root = Repository.Root;
    private static readonly YamlMappingNode Compose = Load(Path.Combine(Root, "docker-compose.yml"));

    [Fact]
    public void TheServicesAreSqlServerRedisTwoApisNginxPrometheusAndGrafana()
    {
        Assert.Equal(["sqlserver", "redis", "api1", "api2", "nginx", "prometheus", "grafana"], Services.Children.Keys.Select(k => k.ToString()));
        Assert.StartsWith("mcr.microsoft.com/mssql/server", Scalar(Service("sqlserver"), "image"), StringComparison.Ordinal);
        Assert.Equal(["8080:80"], Sequence(Service("nginx"), "ports"));
    }

    [Theory]
    [InlineData("sqlserver")]
    [InlineData("redis")]
    [InlineData("api1")]
    [InlineData("api2")]
    public void EveryServiceOthersWaitForHasAHealthCheck(string service) =>
        Assert.NotEmpty(((YamlMappingNode)Service(service).Children["healthcheck"]).Children["test"].ToString());

    [Theory]
    [InlineData("api1", "true", "true")]
    [InlineData("api2", "false", "false")]
    public void BothApisUseSqlServerAndRedisAndOnlyTheFirstMigratesAndSeeds(string service, string migrates, string seeds)
    {
        var environment = (YamlMappingNode)Service(service).Children["environment"];
        var values = Flatten(environment);
        Assert.Equal("SqlServer", values["Database__Provider"]);
        Assert.Equal("redis:6379", values["ConnectionStrings__Redis"]);
        Assert.Equal(migrates, values["Database__Migrate"]);
        Assert.Equal(seeds, values["Seed__Demo"]);
        Assert.Contains("${MSSQL_SA_PASSWORD", values["ConnectionStrings__BackOffice"], StringComparison.Ordinal);
    }

    [Fact]
    public void TheSecondApiWaitsForTheFirstToBeHealthy()
    {
        var dependsOn = (YamlMappingNode)Service("api2").Children["depends_on"];
        Assert.Equal("service_healthy", Scalar((YamlMappingNode)dependsOn.Children["api1"], "condition"));
    }

    [Fact]
    public void NoRealPasswordIsWritten()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        Assert.All(text.Split('\n').Where(l => l.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase) && l.Contains(':')),
            line => Assert.True(line.Contains("${MSSQL_SA_PASSWORD", StringComparison.Ordinal) || line.Contains("$$MSSQL_SA_PASSWORD", StringComparison.Ordinal)
                || line.Contains("${GRAFANA_ADMIN_PASSWORD", StringComparison.Ordinal) || line.TrimStart().StartsWith('#'), line));
    }

    [Fact]
    public void NginxBalancesBothInstancesAndPassesWebSocketUpgrades()
    {
        var nginx = File.ReadAllText(Path.Combine(Root, "deploy", "nginx.conf"));
        Assert.Contains("server api1:8080;", nginx, StringComparison.Ordinal);
        Assert.Contains("server api2:8080;", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", nginx, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Connection $connection_upgrade;", nginx, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api1")]
    [InlineData("api2")]
    public void PrometheusScrapesEachApiInstancesMetrics(string service)
    {
        Assert.Equal("true", Flatten((YamlMappingNode)Service(service).Children["environment"])["Metrics__Prometheus__Enabled"]);
        var config = LoadMounted("prometheus", "/etc/prometheus/prometheus.yml");
        var job = (YamlMappingNode)((YamlSequenceNode)config.Children["scrape_configs"]).Children.Single();
        Assert.Equal("/metrics", Scalar(job, "metrics_path"));
        var targets = ((YamlMappingNode)((YamlSequenceNode)job.Children["static_configs"]).Children.Single()).Children["targets"];
        Assert.Contains($"{service}:8080", ((YamlSequenceNode)targets).Children.Select(t => t.ToString()));
    }

    [Fact]
    public void NginxKeepsTheMetricsToTheInternalNetwork()
    {
        var nginx = File.ReadAllText(Path.Combine(Root, "deploy", "nginx.conf"));
        Assert.Matches(@"location = /metrics \{\s*return 404;\s*\}", nginx);
    }

    [Fact]
    public void GrafanaIsProvisionedWithPrometheusAndADashboardOfEveryMetric()
    {
        var datasource = (YamlMappingNode)((YamlSequenceNode)LoadMounted("grafana", "/etc/grafana/provisioning", "datasources/prometheus.yml")
            .Children["datasources"]).Children.Single();
        Assert.Equal("http://prometheus:9090", Scalar(datasource, "url"));
        var provider = (YamlMappingNode)((YamlSequenceNode)LoadMounted("grafana", "/etc/grafana/provisioning", "dashboards/backoffice.yml")
            .Children["providers"]).Children.Single();
        var dashboards = Scalar((YamlMappingNode)provider.Children["options"], "path");

        using var dashboard = JsonDocument.Parse(File.ReadAllText(Path.Combine(MountedSource("grafana", dashboards), "backoffice.json")));
        var targets = dashboard.RootElement.GetProperty("panels").EnumerateArray().SelectMany(p => p.GetProperty("targets").EnumerateArray()).ToList();
        Assert.All(targets, t => Assert.Equal(Scalar(datasource, "uid"), t.GetProperty("datasource").GetProperty("uid").GetString()));
        var expressions = string.Join("\n", targets.Select(t => t.GetProperty("expr").GetString()));
        Assert.All(ExportedMetrics.Names, name => Assert.Contains(name, expressions, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDockerfileBuildsWithTheSdkAndNodeAndRunsOnTheRuntimeAsNonRoot()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "Dockerfile"));
        var froms = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, froms.Count);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0", froms[0], StringComparison.Ordinal);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0", froms[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("nodejs npm", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("npm ci", StringComparison.Ordinal));
        Assert.Contains("USER $APP_UID", lines);

        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var publish = lines.Single(l => l.Contains("dotnet publish", StringComparison.Ordinal));
        Assert.Contains(publish["RUN ".Length..].Trim(), readme, StringComparison.Ordinal);
        Assert.Contains("docker compose up", readme, StringComparison.Ordinal);
    }

    private static YamlMappingNode Services => (YamlMappingNode)Compose.Children["services"];

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services.Children[name];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[key]).Value!;

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node.Children[key]).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    /// <summary>An environment mapping with its YAML merge key (<c>&lt;&lt;: *anchor</c>) applied, later keys winning.</summary>
    private static Dictionary<string, string> Flatten(YamlMappingNode environment)
    {
        var values = new Dictionary<string, string>();
        foreach (var (key, value) in environment.Children)
        {
            if (key.ToString() == "<<")
            {
                foreach (var (k, v) in Flatten((YamlMappingNode)value))
                {
                    values.TryAdd(k, v);
                }
            }
            else
            {
                values[key.ToString()] = value.ToString();
            }
        }

        return values;
    }

    /// <summary>The file on this side of a service's bind mount: <paramref name="target"/> inside the container, <paramref name="file"/> below it.</summary>
    private static YamlMappingNode LoadMounted(string service, string target, string? file = null) =>
        Load(file is null ? MountedSource(service, target) : Path.Combine(MountedSource(service, target), file));

    private static string MountedSource(string service, string target)
    {
        var mount = Sequence(Service(service), "volumes").Select(v => v.Split(':')).Single(parts => parts[1] == target);
        return Path.GetFullPath(Path.Combine(Root, mount[0]));
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
