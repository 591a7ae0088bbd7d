using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Infrastructure.Links;

/// <summary>
/// Every address the site links to, one method per destination (decision 0032). Paths come from the routes
/// themselves through ASP.NET Core's <see cref="LinkGenerator"/>, so a route attribute is the only place a path is
/// written: renaming a route is one change, and a link to an action that no longer exists fails to compile.
/// </summary>
public sealed partial class SiteLinks(LinkGenerator generator)
{
    private string Path<TController>(string action, object? values = null, string? fragment = null)
        where TController : ControllerBase
    {
        var controller = typeof(TController).Name[..^"Controller".Length];
        return generator.GetPathByAction(action, controller, values, fragment: fragment is null ? default : new FragmentString("#" + fragment))
            ?? throw new InvalidOperationException($"No route reaches {controller}.{action} with those values");
    }

    /// <summary>
    /// A query string written here rather than by the router, so empty values stay in it and values are escaped as
    /// they always were (<see cref="Uri.EscapeDataString"/>): every address stays byte-for-byte what it was.
    /// </summary>
    private static string WithQuery(string path, params (string Name, string? Value)[] parameters) =>
        path + "?" + string.Join('&', parameters.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value ?? "")));
}
