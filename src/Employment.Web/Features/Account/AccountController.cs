using Employment.Core.Accounts;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Account;

public sealed class AccountController(SignInManager<AppUser> signInManager, ILogger<AccountController> logger, SiteLinks linkTo) : Controller
{
    [AllowAnonymous, HttpGet("/sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous, HttpPost("/sign-in")]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var result = await signInManager.PasswordSignInAsync(form.Email!.Trim(), form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked");
            ModelState.AddModelError(nameof(form.Email),
                "Your account is locked because the password was wrong too many times. Try again in 15 minutes, or ask your administrator to unlock it");
            return View(form);
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(form.Email), "Enter a correct email address and password");
            return View(form);
        }
        if (!string.IsNullOrEmpty(form.ReturnUrl) && Url.IsLocalUrl(form.ReturnUrl))
        {
            return LocalRedirect(form.ReturnUrl);
        }
        var user = await signInManager.UserManager.FindByEmailAsync(form.Email.Trim());
        var principal = await signInManager.CreateUserPrincipalAsync(user!);
        return Redirect(linkTo.HomeFor(principal));
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
