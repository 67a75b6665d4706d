using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BackOffice.Api.Security;

/// <summary>
/// Which peers may set <c>X-Forwarded-For</c>/<c>-Proto</c>: loopback (ASP.NET's default) and the networks in
/// <c>ForwardedHeaders:KnownNetworks</c>, by default the private ranges a compose or cluster network uses. From anybody
/// else the headers are ignored: a client must not pick its own address, and with it a fresh rate-limit bucket.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static readonly string[] DefaultNetworks = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

    public static ForwardedHeadersOptions Options(IConfiguration configuration)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() is { Length: > 0 } configured ? configured : DefaultNetworks;
        foreach (var network in networks)
        {
            if (!System.Net.IPNetwork.TryParse(network, out var parsed))
            {
                throw new InvalidOperationException(
                    $"{Section}:KnownNetworks holds '{network}', which is not a network in CIDR notation (e.g. 10.0.0.0/8).");
            }

            options.KnownIPNetworks.Add(parsed);
        }

        return options;
    }
}
