using Employment.Core.Accounts;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Employment.Web.Infrastructure;

namespace Employment.Web.Features.Account;

public sealed class AccountController(SignInManager<AppUser> signInManager, SiteLinks linkTo) : Controller
{
    [AllowAnonymous, HttpGet("/sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("/sign-in"), EnableRateLimiting(RequestLimitsSetup.SignIn)]
    public async Task<IActionResult> SignIn(SignInForm form, [FromServices] IValidator<SignInForm> validator, [FromServices] SignInService signIn, [FromServices] SignInAttempts attempts)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View(form);
        }
        // Per account from this address: guessing one account stops here long before the account itself locks.
        if (attempts.SignIn(form.Email!, HttpContext.Connection.RemoteIpAddress) is { } wait)
        {
            RequestLimitsSetup.SetRetryAfter(Response, wait);
            return StatusCode(StatusCodes.Status429TooManyRequests);
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
        var users = signInManager.UserManager;
        // A new stamp ends this session on the server too: a copy of the cookie stops working at its next check.
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }
        await signInManager.SignOutAsync();
        return Redirect(linkTo.SignedOut());
    }

    [AllowAnonymous, HttpGet("/signed-out")]
    public IActionResult SignedOut() => View();
}
