using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Employment.Tests.Infrastructure;

/// <summary>Reads pages as a browser would and posts forms with their antiforgery token.</summary>
public static class Forms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ReadAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var page = await ReadAsync(await client.GetAsync(path));
        var input = page.QuerySelector("input[name=__RequestVerificationToken]")
            ?? throw new InvalidOperationException($"{path} has no antiforgery token");
        return input.GetAttribute("value")!;
    }

    /// <summary>Posts to <paramref name="action"/> using the token from the page at <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string action, IDictionary<string, string> fields)
    {
        var token = await AntiforgeryTokenAsync(client, formPage);
        var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(action, content);
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await PostAsync(client, "/sign-in", "/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public static IReadOnlyList<string> ErrorSummary(IHtmlDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public static string? FieldError(IHtmlDocument page, string id) =>
        page.QuerySelector($"#{id}-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();
}
