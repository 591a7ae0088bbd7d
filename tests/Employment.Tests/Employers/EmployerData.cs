using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.EmployersAndOpportunities;

/// <summary>Organisations with a site and an opportunity, for tests that need something to look at or change.</summary>
public static class EmployerData
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>Adds a site (Leicester) and an open paid job to the employer, or to a new approved one.</summary>
    public static async Task<(Guid Employer, Guid Site, Guid Opportunity)> WithSiteAndOpportunityAsync(EmploymentDbContext db, Guid? employerId = null)
    {
        var employer = employerId is { } id ? await db.Employers.SingleAsync(e => e.Id == id) : TestData.Employer();
        if (employerId is null)
        {
            db.Employers.Add(employer);
        }
        var site = new EmployerSite { Employer = employer, Name = "Main shop", Postcode = "LE1 6ZG", Latitude = 52.6334, Longitude = -1.13242 };
        db.EmployerSites.Add(site);
        var opportunity = PaidJob(employer, site);
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync();
        return (employer.Id, site.Id, opportunity.Id);
    }

    public static Opportunity PaidJob(Employer employer, EmployerSite site) => new()
    {
        Employer = employer,
        Kind = OpportunityKind.PaidJob,
        Title = "Kitchen assistant",
        Description = "Wash up and prepare vegetables. You work with a friendly team of four.",
        SocCode = "9263",
        HoursPerWeek = 20,
        HourlyPay = 13.00m,
        PayBand = PayBand.Age21AndOver,
        Site = site,
        Postcode = site.Postcode,
        Latitude = site.Latitude,
        Longitude = site.Longitude,
        SkillsRequired = ["washing_up"],
        AdjustmentsOffered = ["written_instructions"],
        InterviewGuaranteed = true,
        PostedOn = Today,
        CreatedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
