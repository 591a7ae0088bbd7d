using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Employment.Web.Infrastructure;

namespace Employment.Web.Features.Registration;

[AllowAnonymous]
public sealed class RegisterOrganisationController(SiteLinks linkTo) : Controller
{
    [HttpGet("/register-organisation")]
    public IActionResult Index() => View(new RegisterOrganisationForm());

    [HttpPost("/register-organisation"), EnableRateLimiting(RequestLimitsSetup.Registration)]
    public async Task<IActionResult> Index(RegisterOrganisationForm form, [FromServices] IValidator<RegisterOrganisationForm> validator, [FromServices] EmployerRegistrationService registrations)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View(form);
        }
        var result = await registrations.RegisterAsync(form.ToRegistration(), nameof(form.Password), nameof(form.Email));
        // An address that has an account gets the same answer as a new one; its owner is told by email.
        if (!result.Succeeded && !result.Problems.Contains(EmployerRegistrationService.AddressInUse))
        {
            ModelState.AddErrors(result.Problems);
            return View(form);
        }
        TempData["RegisteredEmail"] = form.Email!.Trim();
        return Redirect(linkTo.RegistrationReceived());
    }

    [HttpGet("/register-organisation/received")]
    public IActionResult Received() => View();
}
