using Employment.Core.Accounts;
using Employment.Seed.Employers;
using Employment.Seed.JobSeekers;
using Employment.Seed.Opportunities;
using Employment.Seed.People;
using Employment.Seed.Placements;
using Employment.Seed.Places;

namespace Employment.Seed;

/// <summary>Builds a realistic Leicester and Stoke-on-Trent world in memory; the same options always give the same world.</summary>
public static class DemoWorldGenerator
{
    public static DemoWorld Generate(DemoWorldOptions options)
    {
        var context = new DemoContext(options);
        var staff = StaffGenerator.Generate(context);
        var admin = staff.First(s => s.Role == Roles.Admin).User;

        var sites = EmployerGenerator.Generate(context, admin.Id);
        var opportunityGenerator = new OpportunityGenerator(context);
        var posted = opportunityGenerator.Generate(sites);

        var seekerGenerator = new JobSeekerGenerator(context);
        var coaches = CoachGenerator.Generate(context, seekerGenerator.CountByArea());
        var people = seekerGenerator.Generate(coaches);
        var placements = new PlacementGenerator(context, opportunityGenerator).Generate(people, posted);

        var (employerUsers, demoEmployer, demoPending) = EmployerUserGenerator.Generate(context, sites, posted);
        var allCoaches = coaches.Values.SelectMany(c => c).ToList();
        var demoCoach = allCoaches.First(c => c.User.Email == DemoAccounts.Coach).User;
        demoCoach.PhoneNumber = "07700 900982"; // Ofcom's drama range: employers and the coach's people are shown it

        SiteMaker.AddSites(sites.Select(s => s.Employer).ToList(), posted.Select(p => p.Opportunity).ToList());

        var signIns = new List<DemoSignIn> { new(demoCoach, Roles.Coach), new(demoEmployer, Roles.Employer) };
        if (demoPending is not null)
        {
            signIns.Add(new DemoSignIn(demoPending, Roles.Employer));
        }
        signIns.AddRange(staff.Where(s => s.Role == Roles.Adviser));
        signIns.AddRange(staff.Where(s => s.Role == Roles.Admin));

        return new DemoWorld
        {
            Options = options,
            Coaches = allCoaches,
            Employers = sites.Select(s => s.Employer).ToList(),
            EmployerUsers = employerUsers,
            Staff = staff,
            Opportunities = posted.Select(p => p.Opportunity).ToList(),
            JobSeekers = people,
            Placements = placements,
            AccessToWork = AccessToWorkAwards.Generate(options, people, placements, demoCoach.Id),
            DemoSignIns = signIns,
        };
    }
}
