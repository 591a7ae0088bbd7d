using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Start;

[AllowAnonymous]
public sealed class StartController(SiteLinks linkTo) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() =>
        User.Identity?.IsAuthenticated == true ? Redirect(linkTo.HomeFor(User)) : View();
}
