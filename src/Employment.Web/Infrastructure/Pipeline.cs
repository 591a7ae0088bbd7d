using Employment.Web.Infrastructure.Nodes;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Employment.Web.Infrastructure;

public static class Pipeline
{
    /// <summary>The health checks' path; a worker machine answers nothing else (decision 0052).</summary>
    public const string HealthPath = "/health";

    /// <summary>The process answers: no check runs, so a database outage never makes an orchestrator restart it.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The node can serve: the checks tagged <see cref="ReadyTag"/> (the database) pass; 503 otherwise.</summary>
    public const string ReadyPath = "/health/ready";

    public const string ReadyTag = "ready";

    public static void UseEmploymentPipeline(this WebApplication app)
    {
        app.UseEmploymentPublicAddress();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<NoStore>();
        app.UseNodeRole();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // Inside the status code pages, so bad input and an unavailable database get their own plain page and status,
        // and outside everything that reads the request or the database.
        app.UseMiddleware<Faults.FaultAnswers>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        app.MapEmploymentJobsDashboard();
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = WriteStatus }).AllowAnonymous();
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatus }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteStatus })
            .AllowAnonymous();
    }

    private static async Task WriteStatus(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(report.Status.ToString());
    }
}
