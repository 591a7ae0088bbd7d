using AngleSharp.Html.Dom;
using Employment.Core.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.People;

/// <summary>What the people search tests do again and again: post a form with repeated fields, read the people listed.</summary>
internal static class PeopleForms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string action, IEnumerable<(string Name, string Value)> fields)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, formPage);
        var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(action, content);
    }

    /// <summary>The ids of the people a results page lists.</summary>
    public static async Task<List<Guid>> ListedAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Listed(await Forms.ReadAsync(response));
    }

    public static List<Guid> Listed(IHtmlDocument page) =>
        page.QuerySelectorAll("[data-person]").Select(tr => Guid.Parse(tr.GetAttribute("data-person")!)).ToList();

    public static async Task<HttpClient> SignedInAsync(WebAppFixture app, AppUser user)
    {
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return client;
    }

    public static async Task LockOutAsync(WebAppFixture app, AppUser user)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        TestData.Check(await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id.ToString()))!, DateTimeOffset.UtcNow.AddYears(100)));
    }
}
