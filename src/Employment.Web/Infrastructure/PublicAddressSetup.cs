using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

/// <summary>Configuration section "Site": the address people reach the site at, and the proxies in front of it.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// The site's public address, like https://employment.example.gov.uk: every absolute link (emails, personal links
    /// and their QR codes, milestone links) starts with it, never with the request's Host. Empty: Email:SiteBaseUrl.
    /// </summary>
    public string? PublicAddress { get; set; }

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (loopback always is).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies, like 172.18.0.0/16.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

/// <summary>Absolute links to the site, from configuration (docs/decisions/0058).</summary>
public sealed class PublicAddress(IOptions<EmailOptions> email)
{
    public Uri Base => new(email.Value.SiteBaseUrl);

    public string Link(string pathAndQuery) => email.Value.Link(pathAndQuery);
}

/// <summary>
/// Links from configuration, never from the request; forwarded headers only from configured proxies; host filtering,
/// secure cookies and HSTS to match (docs/decisions/0058).
/// </summary>
public static class PublicAddressSetup
{
    public static void AddEmploymentPublicAddress(this WebApplicationBuilder builder)
    {
        var site = builder.Configuration.GetSection(SiteOptions.Section).Get<SiteOptions>() ?? new SiteOptions();
        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        // One address for every link: Site:PublicAddress wins over the older Email:SiteBaseUrl.
        if (!string.IsNullOrWhiteSpace(site.PublicAddress))
        {
            builder.Services.PostConfigure<EmailOptions>(options => options.SiteBaseUrl = site.PublicAddress);
        }
        builder.Services.AddSingleton<PublicAddress>();

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // The client's address (for rate limits) and scheme (for secure cookies and HSTS); never the host.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in site.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in site.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        builder.Services.AddOptions<CookiePolicyOptions>().Configure<IOptions<EmailOptions>>((options, email) =>
        {
            var https = Uri.TryCreate(email.Value.SiteBaseUrl, UriKind.Absolute, out var address) && address.Scheme == Uri.UriSchemeHttps;
            options.Secure = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = HttpOnlyPolicy.None;
        });

        if (builder.Environment.IsProduction())
        {
            // AllowedHosts left as "*" in production means: only the public address's host.
            builder.Services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<EmailOptions>>((options, email) =>
            {
                if (options.AllowedHosts.Count == 0 || options.AllowedHosts.Contains("*"))
                {
                    options.AllowedHosts = [new Uri(email.Value.SiteBaseUrl).Host];
                }
            });
            builder.Services.AddHsts(options =>
            {
                options.MaxAge = TimeSpan.FromDays(365);
                options.IncludeSubDomains = false;
            });
        }
    }

    /// <summary>First in the pipeline, so everything after sees the client's real address and scheme.</summary>
    public static void UseEmploymentPublicAddress(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseCookiePolicy();
    }
}
