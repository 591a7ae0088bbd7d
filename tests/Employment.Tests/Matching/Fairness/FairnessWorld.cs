using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Matching.Training;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Matching.Fairness;

/// <summary>
/// A small labelled world: many young people who go by bus and a few older ones who walk, each put forward for the
/// same three opportunities with different outcomes. Fixed source ids make the held-out split the same every run.
/// </summary>
public static class FairnessWorld
{
    public const int Young = 50;
    public const int Older = 5;
    private static readonly DateOnly Day = new(2026, 3, 2);

    public static async Task SeedAsync(EmploymentDbContext db)
    {
        var jobs = new List<Opportunity>();
        for (var i = 0; i < 3; i++)
        {
            var number = i;
            var job = await TestData.On(db).CreateOpportunityAsync(o => o.Plain().Titled($"Fair job {number}").InSocGroup(number == 0 ? "9223" : "9263")
                .Hours(16).Paying(12.71m, null).At(52.62 + 0.01 * number, -1.12).PostedOn(new DateOnly(2026, 1, 5)));
            jobs.Add(job);
        }
        await db.SaveChangesAsync();
        for (var n = 0; n < Young + Older; n++)
        {
            var older = n >= Young;
            var person = await TestData.On(db).CreateJobSeekerAsync(s => s.With(p =>
            {
                p.SourceId = $"fair-{n:000}";
                if (older)
                {
                    p.DateOfBirth = new DateOnly(1968, 1, 1);
                    p.TravelMode = TravelMode.Walk;
                    p.SupportNeeds = [];
                }
            }));
            Place(db, person, jobs[0], PlacementEventType.Introduced, PlacementEventType.Interviewed, PlacementEventType.Offered);
            Place(db, person, jobs[1], PlacementEventType.Introduced, PlacementEventType.Rejected);
            Place(db, person, jobs[2], PlacementEventType.Introduced, PlacementEventType.Declined);
        }
        await db.SaveChangesAsync();
    }

    /// <summary>How many of the older people training would hold out, worked out as training does.</summary>
    public static int OlderHeldOut()
    {
        var ids = Enumerable.Range(0, Young + Older).Select(n => $"fair-{n:000}").ToList();
        var options = new RankerOptions();
        var heldOut = CandidateSplit.HeldOut(ids, options.HeldOutShare, options.Seed);
        return ids.Skip(Young).Count(heldOut.Contains);
    }

    private static void Place(EmploymentDbContext db, JobSeeker person, Opportunity opportunity, params PlacementEventType[] events) =>
        db.Placements.Add(new Placement
        {
            JobSeekerId = person.Id, OpportunityId = opportunity.Id, Stage = events[^1], CreatedAt = DateTimeOffset.UtcNow,
            Events = events.Select((e, i) => new PlacementEvent { Type = e, OccurredOn = Day.AddDays(7 * i), RecordedAt = DateTimeOffset.UtcNow }).ToList(),
        });
}
