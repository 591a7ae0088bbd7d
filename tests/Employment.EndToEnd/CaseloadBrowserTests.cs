using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;

namespace Employment.EndToEnd;

/// <summary>The coach's caseload on a phone: nothing cut off or pushed out sideways, "Needs attention" in view on every person.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseloadBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(320)]
    [InlineData(375)]
    public async Task Caseload_OnAPhone_HasNoSidewaysScrolling_AndShowsNeedsAttentionForEveryone(int width)
    {
        var coach = await browser.App.CreateUserAsync(Roles.Coach);
        var longAgo = DateTimeOffset.UtcNow.AddDays(-90);
        await browser.App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Anwen", "Featherstonehaugh-Llewellyn").WithoutConsent().With(j => j.CreatedAt = longAgo));
        await browser.App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Bartholomew", "Okonkwo-Richardson").With(j => j.CreatedAt = longAgo));
        await browser.App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Ceri", "Jones").WithoutConsent());
        await browser.App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Dev", "Patel"));
        var page = await browser.NewPageAsync(width: width, height: 700);
        await BrowserFixture.SignInAsync(page, coach.Email!, WebAppFixture.Password);

        await page.GotoAsync("/coach/caseload");

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        Assert.True(scrollWidth <= innerWidth, $"The page is {scrollWidth}px wide in a {innerWidth}px window");
        var people = page.Locator(".app-caseload-person");
        Assert.Equal(4, await people.CountAsync());
        for (var i = 0; i < 4; i++)
        {
            var attention = people.Nth(i).Locator(".app-needs-attention");
            Assert.True(await attention.IsVisibleAsync());
            Assert.Contains("Needs attention", await attention.InnerTextAsync(), StringComparison.Ordinal);
            // Every part of the row, tags included, lies inside the window.
            var outside = await attention.EvaluateAsync<int>(
                "(row, width) => [row, ...row.querySelectorAll('*')].filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < 0 || r.right > width); }).length",
                innerWidth);
            Assert.Equal(0, outside);
        }
        Assert.Contains("No consent to share", await people.Nth(0).Locator(".app-needs-attention").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("No contact for 6 weeks", await people.Nth(0).Locator(".app-needs-attention").InnerTextAsync(), StringComparison.Ordinal);
    }
}
