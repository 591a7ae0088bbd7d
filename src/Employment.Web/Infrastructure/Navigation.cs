using System.Security.Claims;
using Employment.Core.Accounts;

namespace Employment.Web.Infrastructure;

public sealed record NavigationItem(string Text, string Href)
{
    public bool Matches(string path) =>
        Href == "/" ? path == "/" : path.Equals(Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(Href + "/", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Each role's own navigation and home page.</summary>
public static class Navigation
{
    /// <summary>The item for the page: the longest match, so /coach/caseload marks Caseload, not Home.</summary>
    public static NavigationItem? Current(IEnumerable<NavigationItem> items, string path) =>
        items.Where(i => i.Matches(path)).OrderByDescending(i => i.Href.Length).FirstOrDefault();

    public static string HomeFor(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) ? "/admin"
        : user.IsInRole(Roles.Coach) ? "/coach"
        : user.IsInRole(Roles.Employer) ? "/employer"
        : user.IsInRole(Roles.Adviser) ? "/adviser"
        : "/";

    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [new("Sign in", "/sign-in"), new("Register your organisation", "/register-organisation")];
        }
        var items = new List<NavigationItem>();
        if (user.IsInRole(Roles.Admin))
        {
            items.Add(new("Home", "/admin"));
            items.Add(new("Users", "/admin/users"));
            items.Add(new("Imports", "/admin/imports"));
            items.Add(new("Fairness", "/admin/fairness"));
            items.Add(new("Follow-up plans", "/admin/follow-up-plans"));
            items.Add(new("Emails", "/admin/outbox"));
            items.Add(new("Outcomes", "/adviser"));
            items.Add(new("Employers to approve", "/employers/waiting"));
        }
        else if (user.IsInRole(Roles.Coach))
        {
            items.Add(new("Home", "/coach"));
            items.Add(new("Caseload", "/coach/caseload"));
            items.Add(new("Employers", "/coach/employers"));
            items.Add(new("Employers to approve", "/employers/waiting"));
        }
        else if (user.IsInRole(Roles.Employer))
        {
            items.Add(new("Home", "/employer"));
            items.Add(new("Organisation", "/employer/organisation"));
            items.Add(new("Opportunities", "/employer/opportunities"));
        }
        else if (user.IsInRole(Roles.Adviser))
        {
            items.Add(new("Home", "/adviser"));
            items.Add(new("Definitions", "/adviser/definitions"));
        }
        items.Add(new("Sign out", "/sign-out"));
        return items;
    }
}
