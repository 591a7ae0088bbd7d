using Bogus;
using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Seed.Employers;
using Employment.Seed.Occupations;
using Employment.Seed.Randomness;

namespace Employment.Seed.Opportunities;

/// <summary>Three years of vacancies and other opportunities from the approved employers.</summary>
internal sealed class OpportunityGenerator(DemoContext context)
{
    private static readonly (OpportunityKind Item, double Weight)[] Kinds =
    [
        (OpportunityKind.PaidJob, 0.42),
        (OpportunityKind.SupportedInternship, 0.12),
        (OpportunityKind.Apprenticeship, 0.10),
        (OpportunityKind.Traineeship, 0.06),
        (OpportunityKind.WorkExperience, 0.15),
    ];

    // Volunteers go to charities, care, leisure, schools and gardens, not to warehouses or shops.
    private static readonly (OpportunityKind Item, double Weight)[] KindsWithVolunteers = [.. Kinds, (OpportunityKind.Volunteering, 0.35)];

    public List<PostedOpportunity> Generate(IReadOnlyList<DemoEmployer> sites)
    {
        var random = context.FakerFor(DemoPart.Opportunities).Random;
        var approved = sites.Where(s => s.Employer.Approval == ApprovalStatus.Approved).Select(s => (s, s.Size)).ToList();
        var posted = new List<PostedOpportunity>(context.Options.Opportunities);
        for (var i = 0; i < context.Options.Opportunities && approved.Count > 0; i++)
        {
            var site = random.PickWeighted(approved);
            var kind = random.PickWeighted(site.Sector.TakesVolunteers ? KindsWithVolunteers : Kinds);
            var occupation = context.Occupations.PickFor(random, site.Sector);
            var postedOn = OpportunityTerms.PostedOn(random, context.Today);
            posted.Add(Create(random, site, kind, occupation, postedOn));
        }
        BackdateEmployersToFirstPost(random, posted);
        return posted;
    }

    public PostedOpportunity Create(Randomizer random, DemoEmployer site, OpportunityKind kind, DemoOccupation occupation, DateOnly postedOn)
    {
        var employer = site.Employer;
        var closesOn = OpportunityTerms.ClosesOn(random, kind, postedOn);
        var closedOn = OpportunityTerms.ClosedOn(random, postedOn, closesOn, context.Today);
        var place = context.Places.In(random, random.Chance(0.8) ? site.District : random.Pick(context.Places.DistrictsOf(site.Area)));
        var internship = kind == OpportunityKind.SupportedInternship;
        var opportunity = new Opportunity
        {
            Id = random.NextGuid(),
            EmployerId = employer.Id,
            Kind = kind,
            Title = OpportunityText.Title(kind, occupation),
            SocCode = occupation.SocCode,
            SkillsRequired = SkillsFor(random, occupation),
            AdjustmentsOffered = AdjustmentsFor(random, employer, internship),
            HoursPerWeek = OpportunityTerms.Hours(random, kind),
            HourlyPay = OpportunityTerms.Pay(random, kind, postedOn),
            PayBand = !kind.IsPaid() ? null : kind == OpportunityKind.Apprenticeship ? PayBand.Apprentice : PayBand.Age21AndOver,
            Postcode = place.Postcode,
            Latitude = place.Latitude,
            Longitude = place.Longitude,
            InterviewGuaranteed = random.Chance(GuaranteedInterviewChance(employer.DcLevel)),
            PostedOn = postedOn,
            ClosesOn = closesOn,
            ClosedOn = closedOn,
            InternshipLengthMonths = internship ? random.Int(6, 12) : null,
            StudyProgrammePartner = internship ? OpportunityTerms.StudyProgrammePartner(random, site.Area) : null,
            CreatedAt = random.TimeOn(postedOn),
        };
        opportunity.UpdatedAt = closedOn is { } closed ? random.TimeOn(closed) : opportunity.CreatedAt;
        if (opportunity.UpdatedAt < opportunity.CreatedAt)
        {
            opportunity.UpdatedAt = opportunity.CreatedAt;
        }
        opportunity.Description = OpportunityText.Description(opportunity, occupation, employer.Name, context.Reference);
        var openTo = closedOn ?? closesOn ?? context.Today;
        return new PostedOpportunity(opportunity, site, postedOn, openTo < context.Today ? openTo : context.Today);
    }

    /// <summary>Disability Confident employers promise an interview to disabled applicants who meet the essentials.</summary>
    private static double GuaranteedInterviewChance(DisabilityConfidentLevel level) => level switch
    {
        DisabilityConfidentLevel.Leader => 0.95,
        DisabilityConfidentLevel.Employer => 0.85,
        DisabilityConfidentLevel.Committed => 0.70,
        _ => 0.15,
    };

    private static List<string> SkillsFor(Randomizer random, DemoOccupation occupation)
    {
        var skills = random.PickDistinct(occupation.Skills, random.Int(1, 3));
        if (skills.Count == 0 || random.Chance(0.3))
        {
            var general = random.Pick(DemoOccupations.GeneralSkills);
            if (!skills.Contains(general))
            {
                skills.Add(general);
            }
        }
        return skills;
    }

    private List<string> AdjustmentsFor(Randomizer random, Employer employer, bool internship)
    {
        var offered = employer.AdjustmentsUsuallyOffered.Where(_ => random.Chance(0.8)).ToList();
        offered.AddRange(context.Adjustments.Pick(random, random.Int(0, 2)));
        if (internship)
        {
            offered.Add("job_coach_on_site");
        }
        return context.Adjustments.InReferenceOrder(offered);
    }

    private static void BackdateEmployersToFirstPost(Randomizer random, List<PostedOpportunity> posted)
    {
        foreach (var group in posted.GroupBy(p => p.Site.Employer))
        {
            var employer = group.Key;
            var firstPost = group.Min(p => p.Opportunity.CreatedAt);
            if (employer.ApprovalDecidedAt is { } decided && decided >= firstPost)
            {
                var shift = decided - firstPost + TimeSpan.FromDays(random.Int(2, 30));
                employer.CreatedAt -= shift;
                employer.ApprovalDecidedAt = decided - shift;
                employer.UpdatedAt = employer.ApprovalDecidedAt.Value;
            }
        }
    }
}
