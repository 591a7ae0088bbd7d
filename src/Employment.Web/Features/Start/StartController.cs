using Employment.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Start;

[AllowAnonymous]
public sealed class StartController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() =>
        User.Identity?.IsAuthenticated == true ? Redirect(Navigation.HomeFor(User)) : View();
}
