using System.Security.Claims;
using Employment.Core.Accounts;
using Employment.Web.Infrastructure.Links;

namespace Employment.Web.Infrastructure;

public sealed record NavigationItem(string Text, string Href)
{
    private bool IsRoot => Href is ['/'];

    public bool Matches(string path) =>
        IsRoot ? path == Href : path.Equals(Href, StringComparison.OrdinalIgnoreCase) || path.StartsWith(Href + '/', StringComparison.OrdinalIgnoreCase);
}

/// <summary>Each role's own navigation.</summary>
public static class Navigation
{
    /// <summary>The item for the page: the longest match, so /coach/caseload marks Caseload, not Home.</summary>
    public static NavigationItem? Current(IEnumerable<NavigationItem> items, string path) =>
        items.Where(i => i.Matches(path)).OrderByDescending(i => i.Href.Length).FirstOrDefault();

    public static IReadOnlyList<NavigationItem> For(ClaimsPrincipal user, SiteLinks linkTo)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [new("Sign in", linkTo.SignIn()), new("Register your organisation", linkTo.RegisterOrganisation())];
        }
        var items = new List<NavigationItem>();
        if (user.IsInRole(Roles.Admin))
        {
            items.Add(new("Home", linkTo.AdminHome()));
            items.Add(new("Users", linkTo.Users()));
            items.Add(new("Imports", linkTo.Imports()));
            items.Add(new("Fairness", linkTo.Fairness()));
            items.Add(new("Follow-up plans", linkTo.FollowUpPlans()));
            items.Add(new("Emails", linkTo.Outbox()));
            items.Add(new("Retention", linkTo.Retention()));
            items.Add(new("Outcomes", linkTo.AdviserHome()));
            items.Add(new("Employers to approve", linkTo.EmployersWaiting()));
        }
        else if (user.IsInRole(Roles.Coach))
        {
            items.Add(new("Home", linkTo.CoachHome()));
            items.Add(new("Caseload", linkTo.Caseload()));
            items.Add(new("Opportunities", linkTo.OpportunitySearch()));
            items.Add(new("Employers", linkTo.CoachEmployers()));
            items.Add(new("Internship programmes", linkTo.Programmes()));
            items.Add(new("Employers to approve", linkTo.EmployersWaiting()));
            items.Add(new("Referrals", linkTo.ReferralQueue()));
        }
        else if (user.IsInRole(Roles.Employer))
        {
            items.Add(new("Home", linkTo.EmployerHome()));
            items.Add(new("Organisation", linkTo.EmployerOrganisation()));
            items.Add(new("Opportunities", linkTo.EmployerOpportunities()));
        }
        else if (user.IsInRole(Roles.Adviser))
        {
            items.Add(new("Home", linkTo.AdviserHome()));
            items.Add(new("Definitions", linkTo.AdviserDefinitions()));
            items.Add(new("Referrals", linkTo.Referrals()));
        }
        else if (user.IsInRole(Roles.College))
        {
            items.Add(new("Programmes", linkTo.CollegeHome()));
        }
        items.Add(new("Your password", linkTo.ChangePassword()));
        items.Add(new("Sign out", linkTo.SignOut()));
        return items;
    }
}
