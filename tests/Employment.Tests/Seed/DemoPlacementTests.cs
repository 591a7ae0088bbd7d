using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Seed;
using static Employment.Tests.Seed.DefaultDemoWorld;

namespace Employment.Tests.Seed;

public sealed class DemoPlacementTests
{
    [Fact]
    public void SupportedInternships_GoOnlyTo16To24sWithAnEhcPlan()
    {
        var internships = World.Placements.Where(p => Opportunities[p.OpportunityId].Kind == OpportunityKind.SupportedInternship).ToList();
        Assert.NotEmpty(internships);
        Assert.All(internships, p =>
        {
            var seeker = DefaultDemoWorld.JobSeekers[p.JobSeekerId];
            Assert.True(seeker.HasEhcPlan);
            Assert.All(p.Events.Where(e => e.Type is PlacementEventType.Introduced or PlacementEventType.Started),
                e => Assert.InRange(seeker.AgeOn(e.OccurredOn), 16, 24));
        });
    }

    [Fact]
    public void EveryPaidStart_PaysAtLeastTheMinimumWageOfItsDate()
    {
        var paidStarts = World.Placements
            .Where(p => Opportunities[p.OpportunityId].Kind.IsPaid())
            .SelectMany(p => p.Events.Where(e => e.Type == PlacementEventType.Started).Select(e => (p, e)))
            .ToList();
        Assert.NotEmpty(paidStarts);
        Assert.All(paidStarts, s =>
        {
            Assert.NotNull(s.e.HourlyPay);
            Assert.True(s.e.HourlyPay >= MinimumWage.FloorFor(Opportunities[s.p.OpportunityId].Kind, s.e.OccurredOn), $"£{s.e.HourlyPay} on {s.e.OccurredOn}");
            Assert.True(s.e.HoursPerWeek > 0);
        });
        Assert.All(World.Placements.Where(p => !Opportunities[p.OpportunityId].Kind.IsPaid()).SelectMany(p => p.Events), e => Assert.Null(e.HourlyPay));
    }

    [Fact]
    public void Events_StartWithAnIntroduction_AndTheirDatesIncreaseUpToToday()
    {
        Assert.All(World.Placements, p =>
        {
            Assert.Equal(PlacementEventType.Introduced, p.Events[0].Type);
            for (var i = 1; i < p.Events.Count; i++)
            {
                Assert.True(p.Events[i].OccurredOn > p.Events[i - 1].OccurredOn, $"{p.Events[i].Type} on {p.Events[i].OccurredOn}");
            }
            Assert.True(p.Events[^1].OccurredOn <= Today);
            Assert.Equal(p.Events[^1].Type, p.Stage);
        });
    }

    [Fact]
    public void Events_FollowTheOrderOfAPlacement()
    {
        var allowed = new Dictionary<PlacementEventType, PlacementEventType[]>
        {
            [PlacementEventType.Introduced] = [PlacementEventType.Declined, PlacementEventType.Rejected, PlacementEventType.Interviewed],
            [PlacementEventType.Interviewed] = [PlacementEventType.Rejected, PlacementEventType.Offered],
            [PlacementEventType.Offered] = [PlacementEventType.Declined, PlacementEventType.Started],
            [PlacementEventType.Started] = [PlacementEventType.Ended],
        };
        Assert.All(World.Placements, p =>
        {
            for (var i = 1; i < p.Events.Count; i++)
            {
                Assert.Contains(p.Events[i].Type, allowed[p.Events[i - 1].Type]);
            }
            Assert.All(p.Events.Where(e => e.Type is PlacementEventType.Declined or PlacementEventType.Rejected or PlacementEventType.Ended),
                e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
        });
    }

    [Fact]
    public void EachPerson_HasAtMostSixPlacements_AndMostHaveSome()
    {
        var counts = World.Placements.GroupBy(p => p.JobSeekerId).Select(g => g.Count()).ToList();
        Assert.All(counts, c => Assert.InRange(c, 1, 6));
        Assert.InRange(counts.Count / (double)World.JobSeekers.Count, 0.7, 0.9);
    }

    [Fact]
    public void Outcomes_DependOnFit_StartsAreFarMoreLikelyInTheTopQuartile()
    {
        var byFit = World.Placements
            .Select(p => (Fit: DemoFit.Score(DefaultDemoWorld.JobSeekers[p.JobSeekerId], Opportunities[p.OpportunityId], DefaultDemoWorld.Employers[Opportunities[p.OpportunityId].EmployerId].DcLevel), p))
            .OrderBy(x => x.Fit)
            .ToList();
        var quarter = byFit.Count / 4;
        double StartShare(IEnumerable<(double Fit, Placement p)> part) => part.Average(x => x.p.Events.Any(e => e.Type == PlacementEventType.Started) ? 1.0 : 0.0);

        var bottom = StartShare(byFit.Take(quarter));
        var top = StartShare(byFit.TakeLast(quarter));

        Assert.True(top > bottom + 0.25, $"Top quartile {top:P0} started, bottom {bottom:P0}");
    }

    [Fact]
    public void InPaidWorkToday_IsAPlausibleShareOfPeople()
    {
        var inWork = World.Placements
            .Where(p => p.Stage == PlacementEventType.Started && Opportunities[p.OpportunityId].Kind.IsPaid())
            .Select(p => p.JobSeekerId).Distinct().Count();
        Assert.InRange(inWork / (double)World.JobSeekers.Count, 0.08, 0.22);
    }

    [Fact]
    public void PaidJobs_SometimesLast13_26And52Weeks_AndOldOnesMostlyEnded()
    {
        var starts = World.Placements
            .Where(p => Opportunities[p.OpportunityId].Kind == OpportunityKind.PaidJob)
            .Select(p => (Start: p.Events.FirstOrDefault(e => e.Type == PlacementEventType.Started), End: p.Events.FirstOrDefault(e => e.Type == PlacementEventType.Ended)))
            .Where(s => s.Start is not null)
            .ToList();
        foreach (var weeks in new[] { 13, 26, 52 })
        {
            Assert.Contains(starts, s => (s.End?.OccurredOn ?? Today) >= s.Start!.OccurredOn.AddDays(weeks * 7));
        }
        var old = starts.Where(s => s.Start!.OccurredOn < Today.AddYears(-2)).ToList();
        Assert.True(old.Count(s => s.End is not null) > old.Count / 2);
    }

    [Fact]
    public void SomeSupportedInternships_ConvertIntoAPaidJob()
    {
        var converted = World.Placements
            .Where(p => Opportunities[p.OpportunityId].Kind == OpportunityKind.SupportedInternship && p.Stage == PlacementEventType.Ended)
            .Count(internship =>
            {
                var ended = internship.Events[^1].OccurredOn;
                return World.Placements.Any(p => p.JobSeekerId == internship.JobSeekerId
                    && Opportunities[p.OpportunityId].Kind == OpportunityKind.PaidJob
                    && p.Events.Any(e => e.Type == PlacementEventType.Started && e.OccurredOn >= ended && e.OccurredOn <= ended.AddMonths(12)));
            });
        Assert.True(converted > 10, $"{converted} conversions");
    }
}
