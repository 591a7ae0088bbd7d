using Employment.Web.Infrastructure.Faults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Errors;

[AllowAnonymous]
public sealed class ErrorsController : Controller
{
    /// <summary>
    /// The page for a status the site answers with. The code is read from the address itself, not model-bound: the failed
    /// request's form comes along when the page is re-executed, and one that cannot be read would leave a bound code at 0.
    /// Any code the site does not use is answered as an address that does not exist.
    /// </summary>
    [Route("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Status()
    {
        var statusCode = int.TryParse(RouteData.Values["statusCode"] as string, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;
        if (statusCode == StatusCodes.Status503ServiceUnavailable)
        {
            await FaultAnswers.WriteUnavailableAsync(HttpContext);
            return new EmptyResult();
        }
        var (status, view) = statusCode switch
        {
            400 or 409 or 413 or 415 or 429 => (statusCode, "BadRequest"),
            403 => (403, "Forbidden"),
            500 => (500, "ServerError"),
            _ => (404, "NotFound"),
        };
        Response.StatusCode = status;
        // The page's own binding may have failed on the same unreadable form: that is not an error of this page.
        ModelState.Clear();
        ViewBag.Message = HttpContext.Items[Fault.MessageKey] as string;
        return View(view);
    }

    [HttpGet("/access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Forbidden");
    }
}
