using AngleSharp.Html.Dom;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Matching.Pages;

/// <summary>Reading suggestion cards off the coach pages.</summary>
public static class MatchPages
{
    public static async Task<(HttpClient Client, AppUser User)> SignedInAsync(WebAppFixture app, string role)
    {
        var user = await app.CreateUserAsync(role);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return (client, user);
    }

    public static IReadOnlyList<string> CardTitles(IHtmlDocument page) =>
        page.QuerySelectorAll(".app-suggestion .govuk-summary-card__title").Select(t => t.TextContent.Trim()[(t.TextContent.Trim().IndexOf(". ", StringComparison.Ordinal) + 2)..]).ToList();

    public static AngleSharp.Dom.IElement? Card(IHtmlDocument page, Guid opportunityId, Guid personId) =>
        page.QuerySelector($".app-suggestion[data-opportunity='{opportunityId}'][data-person='{personId}']");

    public static IReadOnlyList<string> Items(AngleSharp.Dom.IElement card, string list) =>
        card.QuerySelectorAll($".{list} li").Select(li => li.TextContent.Trim()).ToList();
}
