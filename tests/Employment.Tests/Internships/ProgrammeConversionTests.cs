using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Internships;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Core.Statistics;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Internships;

/// <summary>A cohort's move into paid work, worked out from placement facts, on the programme page and in the adviser's figures.</summary>
public sealed class ProgrammeConversionTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);
    private static readonly DateOnly Intake = Today.AddDays(-400);
    private static readonly DateOnly Ends = Today.AddDays(-120);

    [Fact]
    public async Task EightInternsFourInPaidWork_ShowHalfOnTheProgrammePage_AndInTheAdvisersFiguresOnceCountsAreLargeEnough()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var host = await app.TestData.CreateEmployerAsync(e => e.Named("Royal Infirmary"));
        var programme = await app.TestData.CreateProgrammeAsync(coach.Id, p => p.HostedBy(host.Id).Running(Intake, Ends).WithPlaces(8));
        // Two at the host, two elsewhere; one more had a paid job before the internship, which does not count.
        var outcomes = await AddCohortAsync(programme, coach.Id, host.Id, atHost: 2, elsewhere: 2, size: 8, jobBeforeInternship: 1);

        using var client = await SignedInAsync(coach);
        var page = await Forms.ReadAsync(await client.GetAsync($"/coach/programmes/{programme.Id}"));
        Assert.Equal("4 of 8 (50%)", page.QuerySelector("[data-conversion]")!.TextContent.Trim());
        Assert.Contains("Meets the aim", page.Body!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("[data-paid-work]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(2, rows.Count(r => r.StartsWith("At the host", StringComparison.Ordinal)));
        Assert.Equal(2, rows.Count(r => r.StartsWith("With another employer", StringComparison.Ordinal)));
        Assert.Equal(4, rows.Count(r => r == "Not yet"));

        var conversion = ProgrammeConversion.Of(outcomes);
        Assert.Equal((8, 4, 2, 2, 0.5), (conversion.Interns, conversion.InPaidWork, conversion.AtHost, conversion.Elsewhere, conversion.Rate!.Value));

        // The adviser's figures are suppressed like every other: 4 people is a small count, so this one cohort alone is hidden.
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        using var advising = await SignedInAsync(adviser);
        var alone = await ProgrammeCsvAsync(advising);
        Assert.Contains("In paid work since their internship started,fewer than 5,not shown", alone, StringComparison.Ordinal);
        Assert.DoesNotContain("50.0%", alone, StringComparison.Ordinal);

        // A second cohort of 12 with 6 in paid work: 20 interns, 10 in paid work, half, as the page shows it.
        var second = await app.TestData.CreateProgrammeAsync(coach.Id, p => p.HostedBy(host.Id).Running(Intake, Ends));
        await AddCohortAsync(second, coach.Id, host.Id, atHost: 3, elsewhere: 3, size: 12, jobBeforeInternship: 0);
        var both = await ProgrammeCsvAsync(advising);
        Assert.Contains("Interns on the programmes,20,", both, StringComparison.Ordinal);
        Assert.Contains("In paid work since their internship started,10,50.0%", both, StringComparison.Ordinal);
        Assert.Contains("\"Of them, at the host employer\",5,", both, StringComparison.Ordinal);
        Assert.Contains("\"Of them, with another employer\",5,", both, StringComparison.Ordinal);
        var onThePage = (await Forms.ReadAsync(await advising.GetAsync("/adviser"))).QuerySelectorAll("table")
            .Single(t => t.QuerySelector("caption")?.TextContent.Contains("Supported internship programmes started by", StringComparison.Ordinal) == true);
        Assert.Contains("50.0%", onThePage.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// A cohort: each intern on the coach's caseload, with a supported internship placement at the host started at the
    /// intake and three rotations; then paid jobs started during the internship at the host or elsewhere.
    /// </summary>
    private async Task<IReadOnlyList<InternOutcome>> AddCohortAsync(InternshipProgramme programme, Guid coachId, Guid hostId, int atHost, int elsewhere, int size, int jobBeforeInternship)
    {
        var internship = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(hostId).OfKind(OpportunityKind.SupportedInternship).PostedOn(Intake.AddDays(-60)));
        var hostJob = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(hostId).PostedOn(Intake.AddDays(-60)));
        var otherJob = await app.TestData.CreateOpportunityAsync(o => o.PostedOn(Intake.AddDays(-200)));
        for (var i = 0; i < size; i++)
        {
            var person = await app.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coachId));
            await app.TestData.CreatePlacementAsync(p => p.For(person.Id).At(internship.Id).IntroducedOn(Intake.AddDays(-30)).Then(PlacementEventType.Started, Intake));
            await app.TestData.CreateInternAsync(programme.Id, person.Id, intern => intern
                .WithRotation("Catering", Intake, Intake.AddDays(90), "Preparing sandwiches", "food_preparation")
                .WithRotation("Post room", Intake.AddDays(91), Intake.AddDays(180))
                .WithRotation("Portering", Intake.AddDays(181), Ends));
            if (i < atHost + elsewhere)
            {
                await app.TestData.CreatePlacementAsync(p => p.For(person.Id).At(i < atHost ? hostJob.Id : otherJob.Id)
                    .IntroducedOn(Today.AddDays(-220)).Then(PlacementEventType.Started, Today.AddDays(-200), 16m, 13m));
            }
            else if (i < atHost + elsewhere + jobBeforeInternship)
            {
                await app.TestData.CreatePlacementAsync(p => p.For(person.Id).At(otherJob.Id)
                    .IntroducedOn(Intake.AddDays(-150)).Then(PlacementEventType.Started, Intake.AddDays(-100), 16m, 13m).Then(PlacementEventType.Ended, Intake.AddDays(-50)));
            }
        }
        return await app.WithDbAsync(db => new InternshipConversion(db).OutcomesAsync(db.Interns.Where(i => i.ProgrammeId == programme.Id), Today));
    }

    private static async Task<string> ProgrammeCsvAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/adviser/tables/{InternshipProgrammeMeasures.Key}.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(AppUser user)
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password)).StatusCode);
        return client;
    }
}
