extern alias cli;

using cli::Employment.Cli;
using Employment.Core.Data;
using Employment.Core.JobSeekers;
using Employment.Core.Matching;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Matching;
using Employment.Matching.Features;
using Employment.Matching.Labels;
using Employment.Matching.Training;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Matching.Store;

[Collection("Database")]
public sealed class DatabaseTrainingSetTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public async Task PlacementsAreLabelledAsInTheInterchangePath_AndNotSuitableVerdictsAreGradeZero()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Context();
        var person = await TestData.On(db).CreateJobSeekerAsync();
        var (offered, rejected, judged, other) = (await OpportunityAsync(db, 0.01), await OpportunityAsync(db, 0.02), await OpportunityAsync(db, 0.03), await OpportunityAsync(db, 0.04));
        Place(db, person, offered, PlacementEventType.Introduced, PlacementEventType.Interviewed, PlacementEventType.Offered, PlacementEventType.Declined);
        Place(db, person, rejected, PlacementEventType.Introduced, PlacementEventType.Rejected);
        var recorded = new DateTimeOffset(2026, 4, 20, 10, 0, 0, TimeSpan.Zero);
        db.MatchFeedback.AddRange(
            new MatchFeedback { JobSeekerId = person.Id, OpportunityId = judged.Id, Verdict = MatchFeedback.NotSuitable, Reason = "Too far", RecordedAt = recorded },
            new MatchFeedback { JobSeekerId = person.Id, OpportunityId = offered.Id, Verdict = MatchFeedback.NotSuitable, RecordedAt = recorded },
            new MatchFeedback { JobSeekerId = person.Id, OpportunityId = other.Id, Verdict = "maybe_later", RecordedAt = recorded });
        await db.SaveChangesAsync();

        var pairs = await DatabaseTrainingSet.LoadAsync(db, SocHierarchy.FromReference());

        var grades = pairs.ToDictionary(p => p.Pair.VacancyId, p => p.Pair.Grade);
        Assert.Equal(3, pairs.Count);
        Assert.Equal(PlacementGrade.Offered, grades[offered.Id.ToString("N")]);
        Assert.Equal(PlacementGrade.NoFurther, grades[rejected.Id.ToString("N")]);
        Assert.Equal(PlacementGrade.NoFurther, grades[judged.Id.ToString("N")]);
        Assert.Equal(DateOnly.FromDateTime(recorded.UtcDateTime), pairs.Single(p => p.Pair.VacancyId == judged.Id.ToString("N")).Pair.ProposedOn);
    }

    [Fact]
    public async Task RankerRetrain_TrainsFromTheDatabase_StoresTheModel_AndPrintsTheFigures()
    {
        await using var database = await TestDatabase.CreateAsync();
        var employerIds = new List<Guid>();
        await using (var db = database.Context())
        {
            // Nearer opportunities went further, for every person.
            var offsets = new[] { 0.01, 0.05, 0.09, 0.13 };
            var opportunities = new List<Opportunity>();
            foreach (var offset in offsets)
            {
                opportunities.Add(await OpportunityAsync(db, offset));
            }
            employerIds.AddRange(opportunities.Select(o => o.EmployerId));
            var outcomes = new[]
            {
                new[] { PlacementEventType.Introduced, PlacementEventType.Interviewed, PlacementEventType.Offered },
                [PlacementEventType.Introduced, PlacementEventType.Interviewed, PlacementEventType.Rejected],
                [PlacementEventType.Introduced, PlacementEventType.Declined],
                [PlacementEventType.Introduced, PlacementEventType.Rejected],
            };
            for (var i = 0; i < 15; i++)
            {
                var person = await TestData.On(db).CreateJobSeekerAsync();
                for (var j = 0; j < opportunities.Count; j++)
                {
                    Place(db, person, opportunities[j], outcomes[j]);
                }
            }
            await db.SaveChangesAsync();
        }

        var output = new StringWriter();
        await using (var db = database.Context())
        {
            Assert.Equal(0, await RankerRetrainCommand.RunAsync(MatchingService.Create(db, database.DataSource, TimeProvider.System), output, CancellationToken.None));
        }

        var text = output.ToString();
        Assert.Contains("Labelled 60 pairs", text, StringComparison.Ordinal);
        Assert.Contains("New model v1", text, StringComparison.Ordinal);
        Assert.Contains("Rule-based scorer", text, StringComparison.Ordinal);
        await using (var db = database.Context())
        {
            var row = await db.RankerModels.SingleAsync();
            Assert.Equal(1, row.Id);
            Assert.True(row.HeldOutPeople > 0);
            // The model carries each employer's record, which the pages rank with (decision 0085).
            var employers = TrainedModel.FromBytes(row.Model, row.Metadata).Info.Employers;
            var nearest = employers.Of(employerIds[0].ToString("N"));
            Assert.Equal((15, 0, 15 * PlacementGrade.Offered), (nearest.Proposals, nearest.Started, nearest.GradeSum));
            Assert.Equal(0, employers.Of(employerIds[3].ToString("N")).GradeSum);
        }
    }

    private static Task<Opportunity> OpportunityAsync(EmploymentDbContext db, double offset) =>
        TestData.On(db).CreateOpportunityAsync(o => o.Plain().Hours(16).Paying(12.71m, null).At(52.62 + offset, -1.12).PostedOn(new DateOnly(2026, 1, 5)));

    private static void Place(EmploymentDbContext db, JobSeeker person, Opportunity opportunity, params PlacementEventType[] events) =>
        db.Placements.Add(new Placement
        {
            JobSeekerId = person.Id, OpportunityId = opportunity.Id, Stage = events[^1], CreatedAt = DateTimeOffset.UtcNow,
            Events = events.Select((e, i) => new PlacementEvent { Type = e, OccurredOn = Day.AddDays(7 * i), RecordedAt = DateTimeOffset.UtcNow }).ToList(),
        });
}
