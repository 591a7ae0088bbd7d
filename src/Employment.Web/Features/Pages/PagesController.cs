using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Pages;

[AllowAnonymous]
public sealed class PagesController : Controller
{
    [HttpGet("/accessibility")]
    public IActionResult Accessibility() => View();

    [HttpGet("/privacy")]
    public IActionResult Privacy() => View();

    [HttpGet("/cookies")]
    public IActionResult Cookies() => View();
}
