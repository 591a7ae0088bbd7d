using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Development;

/// <summary>When the port the site is told to use is taken (another copy running?), the next free one, said in one sentence.</summary>
internal static class SitePort
{
    private const int Tries = 20;

    public static void MoveIfTaken(string? urls, IServiceCollection services)
    {
        if (string.IsNullOrWhiteSpace(urls) || urls.Contains(';', StringComparison.Ordinal)
            || !Uri.TryCreate(urls, UriKind.Absolute, out var url) || url.Port <= 0 || LocalPostgresCluster.IsPortFree(url.Port))
        {
            return;
        }
        var free = Enumerable.Range(url.Port + 1, Tries).FirstOrDefault(LocalPostgresCluster.IsPortFree);
        if (free == 0)
        {
            throw new DevelopmentSetupException(
                $"Port {url.Port} and the {Tries} after it are in use: choose another with `dotnet run --project src/Employment.Web --urls http://localhost:PORT`.");
        }
        Console.WriteLine($"Port {url.Port} is in use (is the site already running?), so this copy listens on http://localhost:{free}. To choose the port: dotnet run --project src/Employment.Web --urls http://localhost:PORT");
        services.PostConfigure<KestrelServerOptions>(kestrel => kestrel.ListenLocalhost(free));
    }
}
