using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Errors;

[AllowAnonymous]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int statusCode)
    {
        Response.StatusCode = statusCode;
        return statusCode switch
        {
            404 => View("NotFound"),
            403 => View("Forbidden"),
            400 => View("BadRequest"),
            429 => View("TooManyRequests"),
            _ => View("ServerError"),
        };
    }

    [HttpGet("/access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View("Forbidden");
    }
}
