using Employment.Core.Accounts;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Account;

public sealed class AccountController(SignInManager<AppUser> signInManager, SiteLinks linkTo) : Controller
{
    [AllowAnonymous, HttpGet("/sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("/sign-in")]
    public async Task<IActionResult> SignIn(SignInForm form, [FromServices] IValidator<SignInForm> validator, [FromServices] SignInService signIn)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View(form);
        }
        var result = await signIn.SignInAsync(form.Email!.Trim(), form.Password!);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View(form);
        }
        if (!string.IsNullOrEmpty(form.ReturnUrl) && Url.IsLocalUrl(form.ReturnUrl))
        {
            return LocalRedirect(form.ReturnUrl);
        }
        return Redirect(linkTo.HomeFor(result.Value!));
    }

    [HttpGet("/sign-out")]
    public IActionResult SignOutConfirm() => View("SignOut");

    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutNow()
    {
        await signInManager.SignOutAsync();
        return Redirect(linkTo.SignedOut());
    }

    [AllowAnonymous, HttpGet("/signed-out")]
    public IActionResult SignedOut() => View();
}
