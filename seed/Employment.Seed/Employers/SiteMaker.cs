using System.Security.Cryptography;
using System.Text;
using Employment.Core.Employers;
using Employment.Core.Opportunities;

namespace Employment.Seed.Employers;

/// <summary>Gives each employer a site for every postcode it posts opportunities at, without drawing more random numbers.</summary>
internal static class SiteMaker
{
    public static void AddSites(IReadOnlyList<Employer> employers, IReadOnlyList<Opportunity> opportunities)
    {
        var byId = employers.ToDictionary(e => e.Id);
        foreach (var group in opportunities.Where(o => o.Postcode is not null).GroupBy(o => (o.EmployerId, o.Postcode)))
        {
            var employer = byId[group.Key.EmployerId];
            var first = group.First();
            var site = new EmployerSite
            {
                Id = StableId(employer.Id, group.Key.Postcode!),
                EmployerId = employer.Id,
                Name = employer.Sites.Count == 0 ? "Main site" : $"{group.Key.Postcode!.Split(' ')[0]} site",
                Postcode = group.Key.Postcode!,
                Latitude = first.Latitude,
                Longitude = first.Longitude,
            };
            employer.Sites.Add(site);
            foreach (var opportunity in group)
            {
                opportunity.SiteId = site.Id;
            }
        }
    }

    private static Guid StableId(Guid employerId, string postcode) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{employerId:N}/{postcode}")).AsSpan(0, 16));
}
