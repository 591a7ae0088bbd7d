using System.Net;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Admin.Imports;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Jobs;

/// <summary>
/// Hangfire keeps its configuration in statics, one for the whole process, and the test suite runs many sites in one
/// process: each site must keep its own job storage, and a site that has stopped must not take the others' job client
/// down with its disposed logging (decision 0084). Found by the form fuzz: the import pages answered 500 with
/// "Cannot access a disposed object: LoggerFactory" after another test's site had stopped.
/// </summary>
[Collection("Database")]
public sealed class SitesSharingAProcessTests
{
    [Fact]
    public async Task ASiteThatStopped_LeavesTheOthersJobClientWorking_AndEachSiteEnqueuesIntoItsOwnDatabase()
    {
        var first = new WebAppFixture();
        var second = new WebAppFixture();
        await first.InitializeAsync();
        try
        {
            await second.InitializeAsync();
            // The second site configures Hangfire's statics last, then stops.
            Assert.NotNull(second.Factory.Services.GetRequiredService<IBackgroundJobClient>());
            await second.DisposeAsync();

            var jobs = first.Factory.Services.GetRequiredService<IBackgroundJobClient>();
            jobs.Enqueue<MarkInterruptedImportsJob>(job => job.ExecuteAsync(CancellationToken.None));
            Assert.Equal(1, await first.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM hangfire.job").SingleAsync()));

            var admin = await first.CreateUserAsync(Roles.Admin);
            using var client = first.CreateClient();
            await Forms.SignInAsync(client, admin.Email!, WebAppFixture.Password);
            using var imports = await client.GetAsync("/admin/imports");
            Assert.Equal(HttpStatusCode.OK, imports.StatusCode);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }
}
