using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Employment.Tests.Access;

/// <summary>A client whose cookies the test can read and copy, as someone copying a cookie out of a browser would.</summary>
public sealed class Browser(WebApplicationFactory<Program> factory) : IDisposable
{
    private static readonly Uri Site = new("http://localhost");

    public CookieContainer Cookies { get; } = new();

    private HttpClient? _client;

    public HttpClient Client => _client ??= factory.CreateDefaultClient(Site, new CookieContainerHandler(Cookies));

    /// <summary>A second browser holding a copy of this one's cookies.</summary>
    public Browser Copy()
    {
        var copy = new Browser(factory);
        copy.Cookies.Add(Cookies.GetCookies(Site));
        return copy;
    }

    public void Dispose() => _client?.Dispose();
}
