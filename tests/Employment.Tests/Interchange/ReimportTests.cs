using Employment.Core.Interchange;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Interchange;

public sealed class ReimportTests
{
    [Fact]
    public async Task RecordsMadeInTheSite_ExportedAndImportedBackIntoTheSameDatabase_AreNotCopied()
    {
        await using var database = await ImportDatabase.CreateAsync();
        Guid personId;
        await using (var db = database.Context())
        {
            var employer = TestData.Employer();
            db.Employers.Add(employer);
            var opportunity = new Opportunity
            {
                EmployerId = employer.Id, Title = "Kitchen assistant", SocCode = "9263", Kind = OpportunityKind.PaidJob, PayBand = PayBand.Age21AndOver,
                HoursPerWeek = 16, HourlyPay = 12.71m, Latitude = 52.63, Longitude = -1.13, PostedOn = new DateOnly(2026, 4, 1),
                CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            };
            db.Opportunities.Add(opportunity);
            await db.SaveChangesAsync();
            var person = await TestData.CreateJobSeekerAsync(db, coachId: null, change: p => (p.HomeLatitude, p.HomeLongitude) = (52.61234, -1.12345));
            personId = person.Id;
            db.Placements.Add(new Placement
            {
                JobSeekerId = person.Id, OpportunityId = opportunity.Id, Stage = PlacementEventType.Interviewed, CreatedAt = DateTimeOffset.UtcNow,
                Events =
                [
                    new PlacementEvent { Type = PlacementEventType.Introduced, OccurredOn = new DateOnly(2026, 5, 1), RecordedAt = DateTimeOffset.UtcNow },
                    new PlacementEvent { Type = PlacementEventType.Interviewed, OccurredOn = new DateOnly(2026, 5, 8), RecordedAt = DateTimeOffset.UtcNow },
                ],
            });
            await db.SaveChangesAsync();
        }
        using var exported = new DatasetFolder();
        await database.ExportAsync(exported.Path);

        var report = await database.ImportAsync(exported.Path);

        Assert.Equal(ImportReport.Loaded, report.Status);
        await using var after = database.Context();
        Assert.Equal(1, await after.JobSeekers.CountAsync());
        Assert.Equal(1, await after.Employers.CountAsync());
        Assert.Equal(1, await after.Opportunities.CountAsync());
        Assert.Equal(1, await after.Placements.CountAsync());
        Assert.Equal(2, await after.PlacementEvents.CountAsync());
        var reloaded = await after.JobSeekers.SingleAsync();
        Assert.Equal(personId, reloaded.Id);
        Assert.False(string.IsNullOrEmpty(reloaded.FirstName));
        Assert.Equal(personId.ToString("N"), reloaded.SourceId);
    }
}
