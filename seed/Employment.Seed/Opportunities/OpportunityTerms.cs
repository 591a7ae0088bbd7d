using Bogus;
using Employment.Core.Opportunities;
using Employment.Seed.Places;
using Employment.Seed.Randomness;

namespace Employment.Seed.Opportunities;

/// <summary>Hours, pay, dates and study partners that are usual for each kind of opportunity.</summary>
internal static class OpportunityTerms
{
    private static readonly decimal[] PaidHours = [8, 10, 12, 15, 16, 16, 20, 20, 24, 25, 30, 37.5m];
    private static readonly decimal[] ApprenticeHours = [16, 20, 30, 30, 37.5m];
    private static readonly decimal[] TraineeHours = [16, 20, 25];
    private static readonly decimal[] WorkExperienceHours = [6, 10, 15, 20];
    private static readonly decimal[] VolunteeringHours = [3, 4, 6, 8, 10, 12];

    private static readonly string[] LeicesterColleges = ["Leicester City College", "Charnwood College of Further Education", "Rutland and Melton College", "DFN Project SEARCH with Leicester City College"];
    private static readonly string[] StokeColleges = ["Potteries College", "North Staffordshire College", "Trent Valley College", "DFN Project SEARCH with Potteries College"];

    public static decimal Hours(Randomizer random, OpportunityKind kind) => kind switch
    {
        OpportunityKind.PaidJob => random.Pick(PaidHours),
        OpportunityKind.Apprenticeship => random.Pick(ApprenticeHours),
        OpportunityKind.Traineeship => random.Pick(TraineeHours),
        OpportunityKind.SupportedInternship => random.Int(20, 30),
        OpportunityKind.WorkExperience => random.Pick(WorkExperienceHours),
        _ => random.Pick(VolunteeringHours),
    };

    /// <summary>Many employers pay the legal minimum; others a little more.</summary>
    public static decimal? Pay(Randomizer random, OpportunityKind kind, DateOnly postedOn)
    {
        if (MinimumWage.FloorFor(kind, postedOn) is not { } floor)
        {
            return null;
        }
        var adult = MinimumWage.NationalLivingWage(postedOn);
        var roll = random.Double();
        var pay = kind == OpportunityKind.Apprenticeship
            ? roll < 0.4 ? floor : roll < 0.8 ? floor + (adult - floor) * (decimal)random.Double() : adult + random.Int(0, 80) / 100m
            : roll < 0.45 ? floor : floor + random.Int(5, 160) / 100m;
        return Math.Round(pay, 2);
    }

    public static DateOnly PostedOn(Randomizer random, DateOnly today) =>
        random.Chance(0.15) ? today.AddDays(-random.Int(0, 60)) : today.AddDays(-random.Int(0, 3 * 365));

    public static DateOnly? ClosesOn(Randomizer random, OpportunityKind kind, DateOnly postedOn) => kind switch
    {
        OpportunityKind.SupportedInternship => postedOn.AddDays(random.Int(30, 90)),
        OpportunityKind.WorkExperience => postedOn.AddDays(random.Int(14, 60)),
        OpportunityKind.Volunteering => random.Chance(0.4) ? null : postedOn.AddDays(random.Int(30, 90)),
        _ => postedOn.AddDays(random.Int(14, 42)),
    };

    /// <summary>Past closing dates are closed; open-ended roles close after six months to a year.</summary>
    public static DateOnly? ClosedOn(Randomizer random, DateOnly postedOn, DateOnly? closesOn, DateOnly today)
    {
        if (closesOn is { } closes)
        {
            return closes < today ? closes : null;
        }
        var end = postedOn.AddDays(random.Int(180, 365));
        return end < today ? end : null;
    }

    public static string StudyProgrammePartner(Randomizer random, DemoArea area) =>
        random.Pick(area.Side == "LE" ? LeicesterColleges : StokeColleges);
}
