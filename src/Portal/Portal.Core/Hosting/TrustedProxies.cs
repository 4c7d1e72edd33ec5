using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Portal.Core.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto the portal believes, from
/// <c>Portal:Security:KnownProxies</c> and <c>KnownNetworks</c>; read at start so a typo stops start-up.
/// </summary>
internal sealed class TrustedProxies
{
    private readonly List<IPAddress> _proxies = [];
    private readonly List<System.Net.IPNetwork> _networks = [];

    public TrustedProxies(SecurityOptions security)
    {
        foreach (var proxy in security.KnownProxies)
        {
            _proxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Portal:Security:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in security.KnownNetworks)
        {
            _networks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Portal:Security:KnownNetworks: '{network}' is not a network such as 10.0.0.0/24."));
        }
    }

    public void Apply(ForwardedHeadersOptions options)
    {
        // The defaults trust the loopback addresses: then any client that reaches the portal through
        // something on the same machine could pick the address the login limits count, or claim HTTPS.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        _proxies.ForEach(options.KnownProxies.Add);
        _networks.ForEach(options.KnownIPNetworks.Add);

        // With both lists empty the middleware would believe every sender, so then it reads nothing.
        options.ForwardedHeaders = _proxies.Count + _networks.Count == 0
            ? ForwardedHeaders.None
            : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
    }
}
