using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.Email;

/// <summary>An employer following the link in a milestone email, as a browser would.</summary>
public static partial class MilestoneAnswers
{
    public static string LinkIn(ReceivedEmail message) =>
        LinkPattern().Match(message.Text).Value is { Length: > 0 } link ? link : throw new InvalidOperationException("No answer link in: " + message.Text);

    public static string PathOf(string link) => new Uri(link).PathAndQuery;

    public static async Task<IHtmlDocument> AnswerAsync(HttpClient client, string path, string stillWorking, string hours = "")
    {
        var page = await Forms.ReadAsync(await client.GetAsync(path));
        var token = page.QuerySelector("input[name='Form.Token']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No answer form: " + page.QuerySelector("h1")?.TextContent);
        using var response = await Forms.PostAsync(client, path, "/employment-check", new Dictionary<string, string>
        {
            ["Form.Token"] = token,
            ["Form.StillWorking"] = stillWorking,
            ["Form.HoursNow"] = hours,
        });
        return await Forms.ReadAsync(response);
    }

    [GeneratedRegex(@"http://site\.test/employment-check\?token=\S+")]
    private static partial Regex LinkPattern();
}
