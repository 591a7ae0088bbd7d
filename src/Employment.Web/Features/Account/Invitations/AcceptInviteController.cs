using Employment.Core.Accounts;
using Employment.Web.Infrastructure.Forms;
using Employment.Web.Infrastructure.Links;
using FluentValidation;
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
        if (invited is null || string.IsNullOrEmpty(token) || invited.PasswordHash is not null || invited.DisabledAt is not null)
        {
            return View("InvalidInvite");
        }
        return View(new AcceptInviteForm { User = user, Token = token });
    }

    [HttpPost("/accept-invite")]
    public async Task<IActionResult> Index(AcceptInviteForm form, [FromServices] IValidator<AcceptInviteForm> validator, [FromServices] InvitationService invitations)
    {
        var invited = await users.FindByIdAsync(form.User.ToString());
        if (invited is null || string.IsNullOrEmpty(form.Token) || invited.PasswordHash is not null || invited.DisabledAt is not null)
        {
            return View("InvalidInvite");
        }
        if (!await validator.ValidateIntoAsync(form, ModelState, HttpContext.RequestAborted))
        {
            return View(form);
        }
        var result = await invitations.AcceptAsync(invited, form.Token, form.Password!);
        if (result.Problems.Contains(InvitationService.LinkNoLongerWorks))
        {
            return View("InvalidInvite");
        }
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Problems);
            return View(form);
        }
        await signIn.SignInAsync(invited, isPersistent: false);
        return Redirect(linkTo.HomeFor(await signIn.CreateUserPrincipalAsync(invited)));
    }
}
