using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Seed.Employers;
using Employment.Seed.Opportunities;
using Employment.Seed.Randomness;

namespace Employment.Seed.People;

/// <summary>Sign-ins for a handful of employers, every employer waiting for approval, and the two demo employers.</summary>
internal static class EmployerUserGenerator
{
    public static (List<AppUser> Users, AppUser DemoEmployer, AppUser? DemoPending) Generate(
        DemoContext context, IReadOnlyList<DemoEmployer> sites, IReadOnlyList<PostedOpportunity> posted)
    {
        var faker = context.FakerFor(DemoPart.EmployerUsers);
        var random = faker.Random;
        var approved = sites.Where(s => s.Employer.Approval == ApprovalStatus.Approved).ToList();
        var openCounts = posted.Where(p => p.Opportunity.IsOpenOn(context.Today))
            .GroupBy(p => p.Site.Employer.Id).ToDictionary(g => g.Key, g => g.Count());
        // The demo employer is the one with most to show: the approved employer with most open opportunities.
        var demo = approved.OrderByDescending(s => openCounts.GetValueOrDefault(s.Employer.Id)).First();
        var users = new List<AppUser>();

        AppUser Add(DemoEmployer site, string? email = null)
        {
            var (first, last) = PersonNames.Next(faker, site.Area.OnsCode);
            email ??= context.Emails.For(first, last, EmailAddresses.Slug(site.Employer.Name) + ".co.uk");
            context.Emails.Reserve(email);
            var user = UserFactory.Create(random, $"{first} {last}", email, site.Employer.CreatedAt.AddMinutes(random.Int(1, 30)), site.Employer.Id);
            users.Add(user);
            return user;
        }

        var demoEmployer = Add(demo, DemoAccounts.Employer);
        AppUser? demoPending = null;
        foreach (var site in sites.Where(s => s.Employer.Approval == ApprovalStatus.Pending))
        {
            var user = Add(site, demoPending is null ? DemoAccounts.PendingEmployer : null);
            demoPending ??= user;
        }
        foreach (var site in random.PickDistinct(approved.Where(s => s != demo).ToList(), context.Options.EmployerUsers))
        {
            Add(site);
        }
        return (users, demoEmployer, demoPending);
    }
}
