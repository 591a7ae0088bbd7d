using Employment.Core.Accounts;
using Employment.Core.Placements;
using Employment.Tests.Infrastructure;

namespace Employment.EndToEnd;

/// <summary>
/// The casework pages a coach uses away from a desk, filled with long words, on a 320 px phone: nothing pushed out
/// sideways and each page's main heading in view.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseworkOnAPhoneTests(BrowserFixture browser)
{
    [Fact]
    public async Task EveryCaseworkPage_At320Pixels_HasNoSidewaysScrolling()
    {
        var coach = await browser.App.CreateUserAsync(Roles.Coach);
        var person = await browser.App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Maximilianus", "Featherstonehaugh-Llewellyn-Okonkwo"));
        var opportunity = await browser.App.TestData.CreateOpportunityAsync(o => o.Titled("Warehouse operative and stock replenishment assistant (evenings and weekends)"));
        var placement = await browser.App.TestData.CreatePlacementAsync(p => p.For(person.Id).ByCoach(coach.Id).IntroducedOn(TestData.Today.AddDays(-40))
            .Then(PlacementEventType.Started, TestData.Today.AddDays(-30), hoursPerWeek: 16, hourlyPay: 13m));
        await browser.App.WithDbAsync(db =>
        {
            db.ContactEntries.Add(new Core.Contacts.ContactEntry
            {
                JobSeekerId = person.Id, Kind = Core.Contacts.ContactKind.MeetingWithEmployer, Outcome = Core.Contacts.ContactOutcome.Reached,
                OccurredOn = TestData.Today.AddDays(-2), Text = "Supercalifragilisticexpialidocious-conversation-about-the-rota-and-travel-arrangements",
                RecordedById = coach.Id, RecordedAt = DateTimeOffset.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await BrowserFixture.SignInAsync(page, coach.Email!, WebAppFixture.Password);

        string[] paths =
        [
            "/coach",
            "/coach/caseload",
            "/coach/opportunities?Words=warehouse",
            $"/coach/opportunities?Person={person.Id}",
            $"/job-seekers/{person.Id}",
            $"/job-seekers/{person.Id}/contacts/new",
            $"/job-seekers/{person.Id}/pause",
            $"/job-seekers/{person.Id}/consent",
            $"/job-seekers/{person.Id}/matches/{opportunity.Id}/propose",
            $"/placements/{placement.Id}",
            $"/placements/{placement.Id}/{PlacementPipeline.Slug(PlacementEventType.HoursChanged)}",
            $"/placements/{placement.Id}/{PlacementPipeline.Slug(PlacementEventType.PayChanged)}",
        ];
        var problems = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            if (response?.Status != 200)
            {
                problems.Add($"{path}: status {response?.Status}");
                continue;
            }
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (widths[0] > widths[1])
            {
                var culprits = await page.EvaluateAsync<string[]>(
                    "width => [...document.querySelectorAll('body *')].filter(e => !e.closest('.app-table-scroll') && e.getBoundingClientRect().right > width).sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).slice(0, 4).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ': ' + (e.textContent || '').trim().slice(0, 40))",
                    widths[1]);
                problems.Add($"{path}: {widths[0]}px wide in a {widths[1]}px window; {string.Join(" | ", culprits)}");
            }
            if (!await page.Locator("h1").First.IsVisibleAsync())
            {
                problems.Add($"{path}: no heading in view");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
