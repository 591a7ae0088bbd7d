using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Registration;

[AllowAnonymous]
public sealed class RegisterOrganisationController(
    SignInManager<AppUser> signIn, SiteLinks linkTo) : Controller
{
    [HttpGet("/register-organisation")]
    public IActionResult Index() => View(new RegisterOrganisationForm());

    [HttpPost("/register-organisation")]
    public async Task<IActionResult> Index(RegisterOrganisationForm form, [FromServices] IValidator<RegisterOrganisationForm> validator, [FromServices] EmployerRegistrationService registrations)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View(form);
        }
        var result = await registrations.RegisterAsync(form.ToRegistration(), nameof(form.Password), nameof(form.Email));
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View(form);
        }
        await signIn.SignInAsync(result.Value!, isPersistent: false);
        return Redirect(linkTo.EmployerHome());
    }
}
