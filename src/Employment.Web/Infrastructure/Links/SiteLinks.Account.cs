using System.Security.Claims;
using Employment.Core.Accounts;
using Employment.Web.Features.Account;
using Employment.Web.Features.Account.Invitations;
using Employment.Web.Features.Errors;
using Employment.Web.Features.Pages;
using Employment.Web.Features.Registration;
using Employment.Web.Features.Start;

namespace Employment.Web.Infrastructure.Links;

public sealed partial class SiteLinks
{
    public string Start() => Path<StartController>(nameof(StartController.Index));

    /// <summary>Where a signed-in person starts: their role's home page.</summary>
    public string HomeFor(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) ? AdminHome()
        : user.IsInRole(Roles.Coach) ? CoachHome()
        : user.IsInRole(Roles.Employer) ? EmployerHome()
        : user.IsInRole(Roles.Adviser) ? AdviserHome()
        : user.IsInRole(Roles.College) ? CollegeHome()
        : Start();

    public string SignIn() => Path<AccountController>(nameof(AccountController.SignIn));

    public string SignOut() => Path<AccountController>(nameof(AccountController.SignOutConfirm));

    public string SignedOut() => Path<AccountController>(nameof(AccountController.SignedOut));

    public string AccessDenied() => Path<ErrorsController>(nameof(ErrorsController.AccessDenied));

    public string AcceptInvite() => Path<AcceptInviteController>(nameof(AcceptInviteController.Index));

    public string AcceptInvite(Guid userId, string token) => WithQuery(AcceptInvite(), ("user", userId.ToString()), ("token", token));

    public string ChangePassword() => Path<Features.Account.Passwords.PasswordsController>(nameof(Features.Account.Passwords.PasswordsController.Change));

    public string ForgottenPassword() => Path<Features.Account.Passwords.PasswordsController>(nameof(Features.Account.Passwords.PasswordsController.Forgotten));

    public string ResetLinkSent() => Path<Features.Account.Passwords.PasswordsController>(nameof(Features.Account.Passwords.PasswordsController.Sent));

    public string ResetPassword(string token) => Path<Features.Account.Passwords.PasswordsController>(nameof(Features.Account.Passwords.PasswordsController.Reset), new { token });

    public string RegistrationReceived() => Path<RegisterOrganisationController>(nameof(RegisterOrganisationController.Received));

    public string RegisterOrganisation() => Path<RegisterOrganisationController>(nameof(RegisterOrganisationController.Index));

    public string Accessibility() => Path<PagesController>(nameof(PagesController.Accessibility));

    public string Privacy() => Path<PagesController>(nameof(PagesController.Privacy));

    public string Cookies() => Path<PagesController>(nameof(PagesController.Cookies));
}
