using Employment.Core.Data;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Matching;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Matching.Candidates;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Matching.Pages;

/// <summary>
/// The hand-written candidate reader (decision 0026) returns exactly what the LINQ query it replaced returned: every
/// column, the nearest-first order, the exclusions and each filter, on a small world built to touch each rule.
/// </summary>
public sealed class NearestOpportunitiesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly DateOnly Today = MatchWorld.Today;

    public static TheoryData<string> FilterNames => ["none", "kind", "min hours", "max hours", "hours range", "shorter journey", "everything"];

    [Theory]
    [MemberData(nameof(FilterNames))]
    public async Task TheReaderReturnsWhatTheLinqQueryReturned_ForEachFilter(string filterName)
    {
        var world = await WorldAsync();
        var filters = Filters(filterName);
        foreach (var person in new[] { world.CanTakeInternships, world.CannotTakeInternships })
        {
            var expected = await app.WithDbAsync(db => LinqCandidateQuery.OpportunitiesForAsync(db, person, filters, Today));
            var found = await app.WithDbAsync(db => new CandidateQuery(db).OpportunitiesForAsync(person, filters, Today));

            Assert.NotEmpty(expected);
            Assert.Equal(expected.Select(Snapshot), found.Select(Snapshot));
        }
    }

    [Fact]
    public async Task WithoutFilters_TheOpenReachableAndStillSuggestableComeBack_NearestFirst()
    {
        var world = await WorldAsync();

        var found = await app.WithDbAsync(db => new CandidateQuery(db).OpportunitiesForAsync(world.CanTakeInternships, new MatchFilters(), Today));

        Assert.Equal(
            ["Near paid job", "Closes today", "Other verdict", "Placement ended", "Another person turned it down", "East volunteering", "Internship", "Long hours", "Edge of reach"],
            found.Select(o => o.Title));
        var near = found[0];
        Assert.Equal(($"OPP-NEAR-{world.Number}", $"EMP-LEADER-{world.Number}", "Leader employer", DisabilityConfidentLevel.Leader),
            (near.SourceId, near.Employer!.SourceId, near.Employer.Name, near.Employer.DcLevel));
        Assert.Equal(["cleaning", "teamwork"], near.SkillsRequired);
        Assert.Equal(["written_instructions", "quiet_space"], near.AdjustmentsOffered);
        Assert.Equal((PayBand.Age21AndOver, 13.25m, "LE1 1AA", Today.AddDays(10)), (near.PayBand, near.HourlyPay, near.Postcode, near.ClosesOn));
        // Opportunities of one employer share one employer object, which the ranker maps once.
        Assert.Same(near.Employer, found.Single(o => o.Title == "Internship").Employer);

        var noInternships = await app.WithDbAsync(db => new CandidateQuery(db).OpportunitiesForAsync(world.CannotTakeInternships, new MatchFilters(), Today));
        Assert.DoesNotContain(noInternships, o => o.Kind == OpportunityKind.SupportedInternship);
        Assert.DoesNotContain(noInternships, o => o.Title == "Another person turned it down");
    }

    private static MatchFilters Filters(string name) => name switch
    {
        "none" => new MatchFilters(),
        "kind" => new MatchFilters { Kind = OpportunityKind.PaidJob },
        "min hours" => new MatchFilters { MinHours = 10 },
        "max hours" => new MatchFilters { MaxHours = 20 },
        "hours range" => new MatchFilters { MinHours = 10, MaxHours = 20 },
        "shorter journey" => new MatchFilters { MaxMinutes = 30 },
        _ => new MatchFilters { Kind = OpportunityKind.PaidJob, MinHours = 10, MaxHours = 40, MaxMinutes = 60 },
    };

    /// <summary>Every column the features and the suggestion cards read, as one comparable line.</summary>
    private static string Snapshot(Opportunity o) => string.Join(" | ",
        o.Id, o.SourceId, o.EmployerId, o.Employer!.Id, o.Employer.SourceId, o.Employer.Name, o.Employer.DcLevel, o.Employer.DcValidUntil,
        o.Kind, o.Title, o.SocCode, string.Join(",", o.SkillsRequired), string.Join(",", o.AdjustmentsOffered), o.HoursPerWeek, o.HourlyPay,
        o.PayBand, o.Postcode, o.Latitude.ToString("R"), o.Longitude.ToString("R"), o.InterviewGuaranteed, o.PostedOn, o.ClosesOn);

    private sealed record World(int Number, JobSeeker CanTakeInternships, JobSeeker CannotTakeInternships);

    /// <summary>
    /// Two people by bus (40 minutes, so a reach of 12.5 km, 13.1 in SQL) at a centre of their own, and opportunities
    /// at distinct distances north (one east) that each touch one rule. Built once per test: centres keep tests apart.
    /// </summary>
    private async Task<World> WorldAsync() => await app.WithDbAsync(async db =>
    {
        // Centres 101, 105, … are used by no other test; source ids are unique, so each world numbers its own.
        var number = Interlocked.Increment(ref _worlds);
        var centre = MatchWorld.Centre(97 + number * 4);
        var person = await centre.PersonAsync(db, null);
        var other = await centre.PersonAsync(db, null, change: p => p.HasEhcPlan = false);
        var data = TestData.On(db);
        var leader = await Employer(data, "Leader employer", $"EMP-LEADER-{number}", DisabilityConfidentLevel.Leader, Today.AddYears(1));
        var none = await Employer(data, "Plain employer", null, DisabilityConfidentLevel.None, null);
        var pending = await Employer(data, "Pending employer", $"EMP-PENDING-{number}", DisabilityConfidentLevel.Committed, null, ApprovalStatus.Pending);

        Task<Opportunity> Add(string title, double northKm, Employer employer, Action<Opportunity>? change = null, double eastKm = 0) =>
            data.CreateOpportunityAsync(o => o.Plain().ForEmployer(employer.Id).Titled(title).InSocGroup("9223").Hours(16).Paying(12.21m, PayBand.Age21AndOver)
                .At(centre.Latitude + northKm / 111.2, centre.Longitude + eastKm / (111.2 * Math.Cos(centre.Latitude * Math.PI / 180)))
                .NeedingSkills("cleaning").Offering("written_instructions").PostedOn(Today.AddDays(-3)).With(x => change?.Invoke(x)));

        await Add("Near paid job", 0.5, leader, o =>
        {
            (o.SourceId, o.HourlyPay, o.Postcode, o.ClosesOn) = ($"OPP-NEAR-{number}", 13.25m, "LE1 1AA", Today.AddDays(10));
            (o.SkillsRequired, o.AdjustmentsOffered) = (["cleaning", "teamwork"], ["written_instructions", "quiet_space"]);
        });
        await Add("Closed", 0.7, leader, o => o.ClosedOn = Today.AddDays(-1));
        await Add("Closes today", 1.0, none, o => o.ClosesOn = Today);
        await Add("Closed yesterday", 1.2, none, o => o.ClosesOn = Today.AddDays(-1));
        await Add("Not posted yet", 1.4, none, o => o.PostedOn = Today.AddDays(1));
        var turnedDown = await Add("Turned down", 1.6, none);
        var otherVerdict = await Add("Other verdict", 1.8, none);
        var underWay = await Add("Under way", 2.0, none);
        var ended = await Add("Placement ended", 2.2, none);
        var othersTurnedDown = await Add("Another person turned it down", 2.4, none);
        await Add("East volunteering", 0, none, o =>
        {
            (o.Kind, o.HoursPerWeek, o.HourlyPay, o.PayBand, o.InterviewGuaranteed) = (OpportunityKind.Volunteering, 8, null, null, true);
            (o.SkillsRequired, o.AdjustmentsOffered) = ([], []);
        }, eastKm: 2.6);
        await Add("Internship", 3.0, leader, o => (o.Kind, o.HoursPerWeek, o.HourlyPay, o.PayBand) = (OpportunityKind.SupportedInternship, 25, null, null));
        await Add("Pending employer's", 3.5, pending);
        await Add("Long hours", 4.0, none, o => o.HoursPerWeek = 37.5m);
        await Add("Edge of reach", 11, none);
        await Add("Inside the SQL margin only", 12.8, none);
        await Add("Too far", 20, none);
        await db.SaveChangesAsync();

        db.MatchFeedback.AddRange(
            Feedback(person, turnedDown, MatchFeedback.NotSuitable), Feedback(other, turnedDown, MatchFeedback.NotSuitable),
            Feedback(person, otherVerdict, "suitable"), Feedback(other, othersTurnedDown, MatchFeedback.NotSuitable));
        db.Placements.AddRange(Placement(person, underWay, PlacementEventType.Interviewed), Placement(other, underWay, PlacementEventType.Started),
            Placement(person, ended, PlacementEventType.Ended));
        await db.SaveChangesAsync();
        return new World(number, person, other);
    });

    private static int _worlds;

    private static Task<Employer> Employer(TestData data, string name, string? sourceId, DisabilityConfidentLevel level, DateOnly? validUntil, ApprovalStatus approval = ApprovalStatus.Approved) =>
        data.CreateEmployerAsync(e => e.Named(name).WithApproval(approval).With(x => (x.SourceId, x.DcLevel, x.DcValidUntil) = (sourceId, level, validUntil)));

    private static MatchFeedback Feedback(JobSeeker person, Opportunity o, string verdict) =>
        new() { JobSeekerId = person.Id, OpportunityId = o.Id, Verdict = verdict, RecordedAt = DateTimeOffset.UtcNow };

    private static Placement Placement(JobSeeker person, Opportunity o, PlacementEventType stage) =>
        new() { JobSeekerId = person.Id, OpportunityId = o.Id, Stage = stage, CreatedAt = DateTimeOffset.UtcNow };
}
