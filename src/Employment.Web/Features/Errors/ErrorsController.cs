using Employment.Web.Infrastructure.Faults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Errors;

[AllowAnonymous]
public sealed class ErrorsController : Controller
{
    /// <summary>
    /// The page for a status the site answers with. The code comes from the address only (a form posted with the failed
    /// request is never read), and any code the site does not use is answered as an address that does not exist.
    /// </summary>
    [Route("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Status([FromRoute] int statusCode)
    {
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
