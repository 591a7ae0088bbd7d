using System.Security.Claims;
using Employment.Core;
using Employment.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Employment.Web.Features.Account;

/// <summary>
/// Signs a person in with their password (a cookie, so web-only); a wrong password counts towards locking the account.
/// Every refusal says the same words and does the same password-hashing work, whether the address has an account, the
/// account is locked or disabled, or only the password is wrong: neither the page nor its timing tells them apart.
/// </summary>
public sealed class SignInService(SignInManager<AppUser> signInManager, ILogger<SignInService> logger)
{
    public const string NotRecognised =
        "Enter a correct email address and password. After 10 wrong passwords in a row an account is locked for 15 minutes";

    /// <summary>
    /// Every refusal takes at least this long: the hash work alone evens out most of the difference, but a real
    /// account's wrong password also writes its failed-attempt count, which a busy database makes slower (decision 0056).
    /// </summary>
    private static readonly TimeSpan RefusalTakesAtLeast = TimeSpan.FromMilliseconds(300);

    private static string? _hashOfNothing;

    /// <summary>The signed-in person, or why not, beside the email address.</summary>
    public async Task<WriteResult<ClaimsPrincipal>> SignInAsync(string email, string password)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await CheckAsync(email, password);
        if (!result.Succeeded && RefusalTakesAtLeast - System.Diagnostics.Stopwatch.GetElapsedTime(started) is { Ticks: > 0 } rest)
        {
            await Task.Delay(rest);
        }
        return result;
    }

    private async Task<WriteResult<ClaimsPrincipal>> CheckAsync(string email, string password)
    {
        var user = await signInManager.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            HashAnyway(password);
            return Refused();
        }
        var result = await signInManager.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return WriteResult.Saved(await signInManager.CreateUserPrincipalAsync(user));
        }
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity refuses these before checking the password: check one anyway so the answer takes as long.
            HashAnyway(password);
            logger.LogWarning("Sign-in refused: account locked or disabled");
        }
        return Refused();
    }

    private static WriteResult<ClaimsPrincipal> Refused() => WriteResult.Refused<ClaimsPrincipal>(new Problem(nameof(SignInForm.Email), NotRecognised));

    private void HashAnyway(string password)
    {
        var hasher = signInManager.UserManager.PasswordHasher;
        var nobody = new AppUser { DisplayName = "" };
        _hashOfNothing ??= hasher.HashPassword(nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(nobody, _hashOfNothing, password);
    }
}
