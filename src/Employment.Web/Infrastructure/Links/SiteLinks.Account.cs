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
        : Start();

    public string SignIn() => Path<AccountController>(nameof(AccountController.SignIn));

    public string SignOut() => Path<AccountController>(nameof(AccountController.SignOutConfirm));

    public string SignedOut() => Path<AccountController>(nameof(AccountController.SignedOut));

    public string AccessDenied() => Path<ErrorsController>(nameof(ErrorsController.AccessDenied));

    public string AcceptInvite() => Path<AcceptInviteController>(nameof(AcceptInviteController.Index));

    public string AcceptInvite(Guid userId, string token) => WithQuery(AcceptInvite(), ("user", userId.ToString()), ("token", token));

    public string RegisterOrganisation() => Path<RegisterOrganisationController>(nameof(RegisterOrganisationController.Index));

    public string Accessibility() => Path<PagesController>(nameof(PagesController.Accessibility));

    public string Privacy() => Path<PagesController>(nameof(PagesController.Privacy));

    public string Cookies() => Path<PagesController>(nameof(PagesController.Cookies));
}
