using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Security;

public sealed record AppRoute(string Method, string Pattern)
{
    public string Key => $"{Method} {Pattern}";
}

/// <summary>Every route the site answers, read from its own endpoint data.</summary>
public static class Endpoints
{
    public static IReadOnlyList<AppRoute> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
                return methods is null || methods.Count == 0
                    ? [new AppRoute("*", pattern)]
                    : methods.Select(m => new AppRoute(m, pattern));
            })
            .Distinct()
            .OrderBy(r => r.Pattern).ThenBy(r => r.Method)
            .ToList();
}
