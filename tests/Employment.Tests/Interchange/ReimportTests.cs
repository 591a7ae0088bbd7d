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
        var opportunity = await database.TestData.CreateOpportunityAsync(o => o.Plain().Hours(16).Paying(12.71m, PayBand.Age21AndOver)
            .At(52.63, -1.13).PostedOn(new DateOnly(2026, 4, 1)));
        var person = await database.TestData.CreateJobSeekerAsync(s => s.LivingAt(52.61234, -1.12345));
        var personId = person.Id;
        await database.TestData.CreatePlacementAsync(p => p.For(person.Id).At(opportunity.Id).IntroducedOn(new DateOnly(2026, 5, 1))
            .Then(PlacementEventType.Interviewed, new DateOnly(2026, 5, 8)));
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
