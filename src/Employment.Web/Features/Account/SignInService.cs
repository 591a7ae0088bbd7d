using System.Security.Claims;
using Employment.Core;
using Employment.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Employment.Web.Features.Account;

/// <summary>Signs a person in with their password (a cookie, so web-only); a wrong password counts towards locking the account.</summary>
public sealed class SignInService(SignInManager<AppUser> signInManager, ILogger<SignInService> logger)
{
    /// <summary>The signed-in person, or why not, beside the email address.</summary>
    public async Task<WriteResult<ClaimsPrincipal>> SignInAsync(string email, string password)
    {
        var result = await signInManager.PasswordSignInAsync(email, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked");
            return WriteResult.Refused<ClaimsPrincipal>(new Problem(nameof(SignInForm.Email),
                "Your account is locked because the password was wrong too many times. Try again in 15 minutes, or ask your administrator to unlock it"));
        }
        if (!result.Succeeded)
        {
            return WriteResult.Refused<ClaimsPrincipal>(new Problem(nameof(SignInForm.Email), "Enter a correct email address and password"));
        }
        var user = await signInManager.UserManager.FindByEmailAsync(email);
        return WriteResult.Saved(await signInManager.CreateUserPrincipalAsync(user!));
    }
}
