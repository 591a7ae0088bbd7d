using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Employment.Tests.Statistics;

namespace Employment.EndToEnd;

/// <summary>
/// The adviser's charts on a 320 px phone and a 1280 px desk: the browser lays every label out (quarters, axis figures,
/// "hidden" and the ASCOF baselines) and no two of them may overlap, nor any run outside its chart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartLabelsBrowserTests(BrowserFixture browser)
{
    private const string Overlaps = """
        () => [...document.querySelectorAll('svg.app-chart')].flatMap((svg, chart) => {
            const box = svg.getBoundingClientRect();
            const labels = [...svg.querySelectorAll('text')].map(t => ({ text: t.textContent, r: t.getBoundingClientRect() }));
            const problems = labels.filter(l => l.r.left < box.left - 0.5 || l.r.right > box.right + 0.5 || l.r.top < box.top - 0.5 || l.r.bottom > box.bottom + 0.5)
                .map(l => `chart ${chart + 1}: "${l.text}" runs outside the chart`);
            for (let i = 0; i < labels.length; i++)
                for (let j = i + 1; j < labels.length; j++) {
                    const a = labels[i].r, b = labels[j].r;
                    const x = Math.min(a.right, b.right) - Math.max(a.left, b.left), y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
                    if (x > 0.5 && y > 0.5) problems.push(`chart ${chart + 1}: "${labels[i].text}" overlaps "${labels[j].text}" by ${x.toFixed(1)} x ${y.toFixed(1)} px`);
                }
            return problems.concat(labels.length < 8 ? [`chart ${chart + 1}: only ${labels.length} labels`] : []);
        })
        """;

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task NoTwoChartLabelsOverlap(int width)
    {
        await browser.App.WithDbAsync(async db =>
        {
            if (!db.JobSeekers.Any(j => j.LastName == OutcomeWorld.Surnames[0]))
            {
                await OutcomeWorld.AddToAsync(db);
            }
            return 0;
        });
        var adviser = await browser.App.CreateUserAsync(Roles.Adviser);
        var page = await browser.NewPageAsync(width: width, height: 900);
        await BrowserFixture.SignInAsync(page, adviser.Email!, WebAppFixture.Password);

        await page.GotoAsync("/adviser?period=2025-q1");

        Assert.Equal(3, await page.Locator("svg.app-chart").CountAsync());
        var problems = await page.EvaluateAsync<string[]>(Overlaps);
        Assert.True(problems.Length == 0, $"At {width} px:\n" + string.Join("\n", problems));
        // Readable: no label drawn smaller than 9 px on screen.
        var smallest = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('svg.app-chart text')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 9, $"At {width} px the smallest chart label is {smallest:0.0} px tall");
    }
}
