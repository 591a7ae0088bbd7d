using Employment.Web.Infrastructure.Nodes;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Employment.Web.Infrastructure;

public static class Pipeline
{
    /// <summary>The health checks' path; a worker machine answers nothing else (decision 0052).</summary>
    public const string HealthPath = "/health";

    public static void UseEmploymentPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
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
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        app.MapEmploymentJobsDashboard();
        app.MapHealthChecks(HealthPath, new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(report.Status.ToString());
            },
        }).AllowAnonymous();
    }
}
