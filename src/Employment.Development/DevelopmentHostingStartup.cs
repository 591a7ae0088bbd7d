using Employment.Development;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

[assembly: HostingStartup(typeof(DevelopmentHostingStartup))]

namespace Employment.Development;

/// <summary>
/// What `dotnet run --project src/Employment.Web` adds in Development: a private PostgreSQL cluster when no connection
/// string is set, the demo world on first start and the demo sign-ins printed. The site loads it only when
/// ASPNETCORE_HOSTINGSTARTUPASSEMBLIES names this assembly (Properties/launchSettings.json does, in Debug builds).
/// </summary>
public sealed class DevelopmentHostingStartup : IHostingStartup
{
    public const string AssemblyName = "Employment.Development";

    public void Configure(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((context, configuration) =>
        {
            if (context.HostingEnvironment.IsDevelopment())
            {
                OrStop(() => PrivateCluster.SupplyConnectionString(configuration, context.HostingEnvironment.ContentRootPath));
            }
        });
        builder.ConfigureServices((context, services) =>
        {
            if (!context.HostingEnvironment.IsDevelopment())
            {
                return;
            }
            OrStop(() => SitePort.MoveIfTaken(context.Configuration[WebHostDefaults.ServerUrlsKey], services));
            services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
            // Registered before the site's own hosted services, so the demo world is in place before jobs or requests run.
            services.AddHostedService<DemoWorldOnFirstStart>();
            services.AddHostedService<DemoSignInsWelcome>();
        });
    }

    /// <summary>
    /// A development set-up that cannot go on says what to do in one sentence and stops the site's process, never with a
    /// stack trace. Anywhere else (a test host) the exception goes on to the caller.
    /// </summary>
    private static void OrStop(Action setUp)
    {
        try
        {
            setUp();
        }
        catch (DevelopmentSetupException e) when (System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "Employment.Web")
        {
            Console.Error.WriteLine(e.Message);
            Environment.Exit(1);
        }
    }
}
