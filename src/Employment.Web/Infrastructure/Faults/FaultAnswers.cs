using System.Net;

namespace Employment.Web.Infrastructure.Faults;

/// <summary>
/// Answers a <see cref="Fault"/> with its status and a plain page: the error page for bad input (re-executed by the status
/// code pages, with the message), and for an unavailable database a page written here, since the error page itself may
/// need the database (signing in checks the account).
/// </summary>
public sealed class FaultAnswers(RequestDelegate next, ILogger<FaultAnswers> logger)
{
    public const int RetryAfterSeconds = 30;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted && Fault.Of(exception) is { } fault)
        {
            logger.LogWarning(exception, "Answered {Status} to {Method} {Path}: {Message}", fault.Status, context.Request.Method, context.Request.Path, fault.Message);
            context.Response.Clear();
            context.Response.StatusCode = fault.Status;
            if (fault.Status == StatusCodes.Status503ServiceUnavailable)
            {
                await WriteUnavailableAsync(context);
                return;
            }
            context.Items[Fault.MessageKey] = fault.Message;
        }
    }

    public static Task WriteUnavailableAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template">
            <head>
                <meta charset="utf-8">
                <title>Service unavailable - Supported employment</title>
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
                <style>body { font-family: arial, sans-serif; margin: 2rem; color: #0b0c0c; max-width: 40rem; } h1 { font-size: 2rem; }</style>
            </head>
            <body class="govuk-template__body">
                <div class="govuk-width-container">
                    <main class="govuk-main-wrapper" id="main-content">
                        <h1 class="govuk-heading-l">Sorry, the service is unavailable</h1>
                        <p class="govuk-body">{{WebUtility.HtmlEncode(Fault.Unavailable)}}</p>
                    </main>
                </div>
            </body>
            </html>
            """);
    }
}
