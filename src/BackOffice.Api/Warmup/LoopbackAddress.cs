using System.Net;

namespace BackOffice.Api.Warmup;

/// <summary>Where this process reaches one of the addresses its server listens on over loopback, if it can.</summary>
public static class LoopbackAddress
{
    /// <summary>
    /// The base address for <paramref name="listening"/> (as the server reports it: <c>http://127.0.0.1:5000</c>,
    /// <c>http://[::]:8080</c>, <c>http://localhost:5000</c>): itself when it is loopback, loopback at its port when it is
    /// every address; null for a specific outside address, a Unix socket or a named pipe (a connection to those does not come from loopback).
    /// </summary>
    public static Uri? Of(string listening)
    {
        // "+" and "*" are ASP.NET's spellings of every address.
        var address = listening.Replace("://+:", "://0.0.0.0:", StringComparison.Ordinal).Replace("://*:", "://0.0.0.0:", StringComparison.Ordinal);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        if (uri.IsLoopback)
        {
            return new UriBuilder(uri.Scheme, uri.Host, uri.Port).Uri;
        }

        // Kestrel listens on IPv6's every address dual-mode: IPv4's loopback reaches it too.
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any))
            ? new UriBuilder(uri.Scheme, IPAddress.Loopback.ToString(), uri.Port).Uri
            : null;
    }
}
