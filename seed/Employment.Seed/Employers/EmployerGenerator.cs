using Bogus;
using Employment.Core.Employers;
using Employment.Seed.Occupations;
using Employment.Seed.Places;
using Employment.Seed.Randomness;

namespace Employment.Seed.Employers;

/// <summary>Approved employers at every Disability Confident level, plus a few waiting for approval.</summary>
internal static class EmployerGenerator
{
    private static readonly (DisabilityConfidentLevel Item, double Weight)[] Levels =
    [
        (DisabilityConfidentLevel.None, 0.40),
        (DisabilityConfidentLevel.Committed, 0.30),
        (DisabilityConfidentLevel.Employer, 0.22),
        (DisabilityConfidentLevel.Leader, 0.08),
    ];

    public static List<DemoEmployer> Generate(DemoContext context, Guid approvedById)
    {
        var faker = context.FakerFor(DemoPart.Employers);
        var random = faker.Random;
        var names = new EmployerNames();
        var areas = DemoAreas.All.Select(a => (a, a.Share)).ToList();
        var sectors = DemoSectors.All.Select(s => (s, s.Weight)).ToList();
        var sites = new List<DemoEmployer>(context.Options.Employers);
        for (var i = 0; i < context.Options.Employers; i++)
        {
            var pending = i >= context.Options.Employers - context.Options.PendingEmployers;
            var area = random.PickWeighted(areas);
            var sector = random.PickWeighted(sectors);
            var level = random.PickWeighted(Levels);
            var created = pending
                ? random.DateBetween(context.Today.AddDays(-20), context.Today.AddDays(-1))
                : random.DateBetween(context.Today.AddYears(-3).AddDays(-120), context.Today.AddDays(-60));
            var createdAt = random.TimeOn(created);
            var employer = new Employer
            {
                Id = random.NextGuid(),
                Name = names.Next(faker, sector, area),
                Sector = sector.Name,
                DcLevel = level,
                DcValidUntil = level == DisabilityConfidentLevel.None ? null : MembershipEnd(random, context.Today),
                AdjustmentsUsuallyOffered = context.Adjustments.InReferenceOrder(context.Adjustments.Pick(random, AdjustmentCount(random, level))),
                Approval = pending ? ApprovalStatus.Pending : ApprovalStatus.Approved,
                ApprovalDecidedAt = pending ? null : createdAt.AddDays(random.Int(1, 10)).AddHours(random.Int(1, 6)),
                ApprovalDecidedById = pending ? null : approvedById,
                CreatedAt = createdAt,
                UpdatedAt = createdAt,
            };
            employer.UpdatedAt = employer.ApprovalDecidedAt ?? createdAt;
            employer.DcSince = MembershipStart(employer.DcValidUntil);
            // A few big employers post most vacancies, as in any local labour market.
            var size = Math.Exp(random.Normal(0, 0.9));
            sites.Add(new DemoEmployer(employer, area, random.Pick(context.Places.DistrictsOf(area)), sector, size));
        }
        return sites;
    }

    /// <summary>Some memberships have lapsed, some end within 60 days, the rest later in their three years.</summary>
    private static DateOnly MembershipEnd(Randomizer random, DateOnly today)
    {
        var roll = random.Double();
        return roll < 0.10 ? today.AddDays(-random.Int(1, 365))
            : roll < 0.20 ? today.AddDays(random.Int(0, 60))
            : today.AddDays(random.Int(61, 3 * 365));
    }

    /// <summary>
    /// A membership runs three years and may have begun before the employer joined the service (decision 0061); no
    /// extra draws, so the world stays the same.
    /// </summary>
    private static DateOnly? MembershipStart(DateOnly? validUntil) => validUntil?.AddYears(-3);

    private static int AdjustmentCount(Randomizer random, DisabilityConfidentLevel level) => level switch
    {
        DisabilityConfidentLevel.Leader => random.Int(5, 10),
        DisabilityConfidentLevel.Employer => random.Int(3, 7),
        DisabilityConfidentLevel.Committed => random.Int(1, 5),
        _ => random.Int(0, 3),
    };
}
