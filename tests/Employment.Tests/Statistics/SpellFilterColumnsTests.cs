using Employment.Core.Employers;
using Employment.Core.Opportunities;
using Employment.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Statistics;

/// <summary>
/// The filter columns copied onto spells (migration EmploymentSchema) match their sources when spells are made, and
/// follow the job seeker, the opportunity and the employer when those change.
/// </summary>
public sealed class SpellFilterColumnsTests(OutcomeWorld world) : IClassFixture<OutcomeWorld>
{
    private const string Mismatches = """
        SELECT count(*)::int AS "Value" FROM placement_spells sp
        JOIN opportunities o ON o.id = sp.opportunity_id
        JOIN employers e ON e.id = o.employer_id
        JOIN job_seekers j ON j.id = sp.job_seeker_id
        WHERE sp.kind IS DISTINCT FROM o.kind OR sp.internship_length_months IS DISTINCT FROM o.internship_length_months
            OR sp.dc_level IS DISTINCT FROM e.dc_level OR sp.local_authority_id IS DISTINCT FROM j.local_authority_id
            OR sp.date_of_birth IS DISTINCT FROM j.date_of_birth OR sp.joined_on IS DISTINCT FROM (j.created_at AT TIME ZONE 'UTC')::date
        """;

    [Fact]
    public async Task SpellsAreMadeWithTheirSourcesColumns()
    {
        await using var db = world.NewContext();

        Assert.Equal(0, await db.Database.SqlQueryRaw<int>(Mismatches).SingleAsync());
        var internship = await db.Set<PlacementSpell>().SingleAsync(s => s.Kind == OpportunityKind.SupportedInternship && s.InternshipLengthMonths == 10);
        Assert.Equal(10, internship.InternshipLengthMonths);
        Assert.Equal(DisabilityConfidentLevel.Employer, internship.DcLevel);
        Assert.Equal(world.Leicester, internship.LocalAuthorityId);
        Assert.Equal(new DateOnly(2000, 1, 1), internship.DateOfBirth);
        Assert.Equal(new DateOnly(2024, 1, 1), internship.JoinedOn);
    }

    [Fact]
    public async Task SpellsFollowChangesToThePersonTheOpportunityAndTheEmployer()
    {
        await using var db = world.NewContext();
        var person = await db.JobSeekers.SingleAsync(j => j.LastName == OutcomeWorld.Surnames[2]);
        person.LocalAuthorityId = world.Stoke;
        person.DateOfBirth = new DateOnly(1990, 5, 5);
        person.CreatedAt = new DateTimeOffset(2024, 3, 2, 23, 30, 0, TimeSpan.Zero);
        await db.SaveChangesAsync();

        var spells = await Spells(person.Id);
        Assert.Equal(2, spells.Count);
        Assert.All(spells, s => Assert.Equal(world.Stoke, s.LocalAuthorityId));
        Assert.All(spells, s => Assert.Equal(new DateOnly(1990, 5, 5), s.DateOfBirth));
        Assert.All(spells, s => Assert.Equal(new DateOnly(2024, 3, 2), s.JoinedOn));

        var opportunityId = spells[0].OpportunityId;
        var opportunity = await db.Opportunities.SingleAsync(o => o.Id == opportunityId);
        opportunity.Kind = OpportunityKind.SupportedInternship;
        opportunity.InternshipLengthMonths = 6;
        await db.SaveChangesAsync();
        var moved = (await Spells(person.Id)).Single(s => s.OpportunityId == opportunityId);
        Assert.Equal(OpportunityKind.SupportedInternship, moved.Kind);
        Assert.Equal(6, moved.InternshipLengthMonths);

        var plain = await db.Employers.SingleAsync(e => e.Name == "Plain Printers");
        opportunity.EmployerId = plain.Id;
        await db.SaveChangesAsync();
        Assert.Equal(DisabilityConfidentLevel.None, (await Spells(person.Id)).Single(s => s.OpportunityId == opportunityId).DcLevel);

        var cafe = await db.Employers.SingleAsync(e => e.Name == "Committed Cafe");
        cafe.DcLevel = DisabilityConfidentLevel.Leader;
        await db.SaveChangesAsync();
        Assert.All((await Spells(person.Id)).Where(s => s.OpportunityId != opportunityId), s => Assert.Equal(DisabilityConfidentLevel.Leader, s.DcLevel));

        Assert.Equal(0, await db.Database.SqlQueryRaw<int>(Mismatches).SingleAsync());

        async Task<List<PlacementSpell>> Spells(Guid personId) =>
            await db.Set<PlacementSpell>().AsNoTracking().Where(s => s.JobSeekerId == personId).OrderBy(s => s.StartedOn).ToListAsync();
    }
}
