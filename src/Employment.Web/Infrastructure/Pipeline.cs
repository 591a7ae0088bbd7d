using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Employment.Web.Infrastructure;

public static class Pipeline
{
    public static void UseEmploymentPipeline(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
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
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        app.MapEmploymentJobsDashboard();
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(report.Status.ToString());
            },
        }).AllowAnonymous();
    }
}
