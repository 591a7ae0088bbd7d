using Employment.Web.Features.Admin.Imports;

namespace Employment.Web.Infrastructure.Nodes;

/// <summary>What one machine does (decision 0052): the pages, the background jobs, or both (one machine alone).</summary>
public enum NodeRole
{
    Both,
    Web,
    Worker,
}

/// <summary>This machine's role, as a service.</summary>
public sealed record ThisNode(NodeRole Role);

public static class NodeRoles
{
    public const string Setting = "Node:Role";

    public const string Unknown = "Node__Role must be web, worker or both (the default, for one machine).";

    public const string WorkerServesNoPages = "This machine runs the service's background jobs only; its pages are served by the web machines.";

    /// <summary>The role set in configuration, or null when the setting is not one of the three words.</summary>
    public static NodeRole? RoleOf(IConfiguration configuration) => configuration[Setting]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "both" => NodeRole.Both,
        "web" => NodeRole.Web,
        "worker" => NodeRole.Worker,
        _ => null,
    };

    /// <summary>Whether this machine runs a Hangfire server: a worker or both, unless Hangfire's server is switched off (as the tests do).</summary>
    public static bool RunsJobs(this IConfiguration configuration) =>
        RoleOf(configuration) is NodeRole.Worker or NodeRole.Both && configuration.GetValue(HangfireOptions.Section + ":" + nameof(HangfireOptions.ServerEnabled), true);

    /// <summary>False, after saying why in one sentence, when the role is not one of the three words.</summary>
    public static bool AddNodeRole(this WebApplicationBuilder builder)
    {
        if (RoleOf(builder.Configuration) is not { } role)
        {
            Console.Error.WriteLine(Unknown);
            return false;
        }
        builder.Services.AddSingleton(new ThisNode(role));
        builder.Services.AddHostedService<InterruptedRunsAtStartup>();
        return true;
    }

    /// <summary>A worker answers only its health checks, so a load balancer that sends it a page by mistake gets a plain 404.</summary>
    public static void UseNodeRole(this WebApplication app)
    {
        if (app.Services.GetRequiredService<ThisNode>().Role != NodeRole.Worker)
        {
            return;
        }
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Pipeline.HealthPath))
            {
                await next(context);
                return;
            }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(WorkerServesNoPages);
        });
    }
}
