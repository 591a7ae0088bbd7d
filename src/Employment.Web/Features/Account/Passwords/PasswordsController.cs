using Employment.Core.Accounts;
using Employment.Web.Infrastructure;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Employment.Web.Features.Account.Passwords;

/// <summary>A person changes their own password, or sets a new one from an emailed single-use link.</summary>
public sealed class PasswordsController(UserManager<AppUser> users, PasswordService passwords, PublicAddress site, SiteLinks linkTo) : Controller
{
    [Authorize, HttpGet("/account/password")]
    public IActionResult Change() => View(new ChangePasswordForm());

    [Authorize, HttpPost("/account/password")]
    public async Task<IActionResult> Change(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator, [FromServices] SignInManager<AppUser> signIn)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View(form);
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await passwords.ChangeAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View(new ChangePasswordForm());
        }
        // The new stamp ends every other session; this one is signed in again with it.
        await signIn.RefreshSignInAsync(user);
        TempData["Success"] = "Your password is changed. You have been signed out everywhere else";
        return Redirect(linkTo.ChangePassword());
    }

    [AllowAnonymous, HttpGet("/forgotten-password")]
    public IActionResult Forgotten() => View(new ForgottenPasswordForm());

    [AllowAnonymous, HttpPost("/forgotten-password"), EnableRateLimiting(RequestLimitsSetup.PasswordReset)]
    public async Task<IActionResult> Forgotten(ForgottenPasswordForm form, [FromServices] IValidator<ForgottenPasswordForm> validator, [FromServices] SignInAttempts attempts)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View(form);
        }
        // Too many emails to one address are dropped quietly: saying so would tell that the address has an account.
        if (attempts.ResetEmail(form.Email!) is null)
        {
            await passwords.RequestResetAsync(form.Email!, token => site.Link(linkTo.ResetPassword(token)));
        }
        return Redirect(linkTo.ResetLinkSent());
    }

    [AllowAnonymous, HttpGet("/forgotten-password/sent")]
    public IActionResult Sent() => View();

    [AllowAnonymous, HttpGet("/reset-password/{token}"), EnableRateLimiting(RequestLimitsSetup.PasswordReset)]
    public async Task<IActionResult> Reset(string token) =>
        await passwords.LinkWorksAsync(token) ? View(new ResetPasswordForm()) : View("LinkNoLongerWorks");

    [AllowAnonymous, HttpPost("/reset-password/{token}"), EnableRateLimiting(RequestLimitsSetup.PasswordReset)]
    public async Task<IActionResult> Reset(string token, ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> validator)
    {
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View(new ResetPasswordForm());
        }
        var result = await passwords.ResetAsync(token, form.NewPassword!, nameof(form.NewPassword));
        if (result.Problems.Contains(PasswordService.LinkNoLongerWorks))
        {
            return View("LinkNoLongerWorks");
        }
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View(new ResetPasswordForm());
        }
        TempData["Success"] = "Your password is set. Sign in with it now";
        return Redirect(linkTo.SignIn());
    }
}
