namespace Employment.Web.Infrastructure;

/// <summary>
/// No page of the site is kept by a browser or a proxy: after sign-out, the back button or the next person at a shared
/// computer finds nothing. Only the static files (served before routing, so with no endpoint) may be cached.
/// </summary>
internal sealed class NoStore(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            if (context.GetEndpoint() is not null || context.User.Identity?.IsAuthenticated == true)
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
