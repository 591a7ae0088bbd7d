using Employment.Core.Accounts;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Employment.Web.Features.Account.Invitations;

[AllowAnonymous]
public sealed class AcceptInviteController(UserManager<AppUser> users, SignInManager<AppUser> signIn, SiteLinks linkTo) : Controller
{
    [HttpGet("/accept-invite")]
    public async Task<IActionResult> Index(Guid user, string? token)
    {
        var invited = await users.FindByIdAsync(user.ToString());
        if (invited is null || string.IsNullOrEmpty(token) || invited.PasswordHash is not null)
        {
            return View("InvalidInvite");
        }
        return View(new AcceptInviteForm { User = user, Token = token });
    }

    [HttpPost("/accept-invite")]
    public async Task<IActionResult> Index(AcceptInviteForm form)
    {
        var invited = await users.FindByIdAsync(form.User.ToString());
        if (invited is null || string.IsNullOrEmpty(form.Token) || invited.PasswordHash is not null)
        {
            return View("InvalidInvite");
        }
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        var result = await users.ResetPasswordAsync(invited, form.Token, form.Password!);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                return View("InvalidInvite");
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(form.Password), error.Description);
            }
            return View(form);
        }
        invited.EmailConfirmed = true;
        await users.UpdateAsync(invited);
        await signIn.SignInAsync(invited, isPersistent: false);
        return Redirect(linkTo.HomeFor(await signIn.CreateUserPrincipalAsync(invited)));
    }
}
