using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;

namespace Employment.Tests.EmployersAndOpportunities;

/// <summary>
/// Walks "Post an opportunity" page by page over HTTP, as a browser would: reads each page, answers it from
/// <see cref="Answers"/>, follows the redirect. Records the pages asked and every field each page showed.
/// </summary>
public sealed class PostingJourney(HttpClient client, string basePath)
{
    public List<string> Asked { get; } = [];

    /// <summary>The names of every field shown on the pages asked.</summary>
    public HashSet<string> FieldsShown { get; } = [];

    /// <summary>Where the journey is now: a step page, or Check your answers.</summary>
    public string Location { get; private set; } = basePath + "/opportunities/new";

    /// <summary>Picks the journey up at a page reached another way (a draft's Continue link).</summary>
    public void ResumeAt(string location) => Location = location;

    public string DraftPath => Location[..Location.LastIndexOf('/')];

    /// <summary>A complete set of valid answers for the kind, by step, as each page sends them.</summary>
    public static Dictionary<string, List<KeyValuePair<string, string>>> Answers(OpportunityKind kind, Guid siteId)
    {
        var band = kind == OpportunityKind.Apprenticeship ? PayBand.Apprentice : PayBand.Age21AndOver;
        return new()
        {
            ["kind"] = [new("Form.Kind", kind.ToString())],
            ["title"] = [new("Form.Title", $"{kind.Label()}: kitchen assistant")],
            ["occupation"] = [new("Form.SocCode", "9263")],
            ["description"] = [new("Form.Description", "You wash up and prepare vegetables. You work with a friendly team.")],
            ["hours"] = [new("Form.HoursPerWeek", kind == OpportunityKind.SupportedInternship ? "24" : "16.5")],
            ["intern-paid"] = [new("Form.InternPaid", "false")],
            ["pay-band"] = [new("Form.PayBand", band.ToString())],
            ["pay"] = [new("Form.HourlyPay", MinimumWage.For(band, TestData.Today).ToString("0.00", CultureInfo.InvariantCulture))],
            ["site"] = [new("Form.SiteId", siteId.ToString())],
            ["skills"] = [new("Form.Skills", "washing_up"), new("Form.Skills", "food_preparation")],
            ["adjustments"] = [new("Form.Adjustments", "written_instructions")],
            ["interview"] = [new("Form.InterviewGuaranteed", "true")],
            ["closing-date"] = [new("Form.ClosesOn.Day", "1"), new("Form.ClosesOn.Month", "2"), new("Form.ClosesOn.Year", (DateTime.Now.Year + 1).ToString(CultureInfo.InvariantCulture))],
            ["internship-length"] = [new("Form.InternshipLengthMonths", "10")],
            ["study-partner"] = [new("Form.StudyProgrammePartner", "Leicester College")],
        };
    }

    public string Step => Location.EndsWith("/opportunities/new", StringComparison.Ordinal) ? "kind" : Location[(Location.LastIndexOf('/') + 1)..];

    public bool AtCheck => Location.EndsWith("/check", StringComparison.Ordinal);

    /// <summary>Answers the page the journey is on; returns the page shown again when the answer was refused, else null.</summary>
    public async Task<IHtmlDocument?> AnswerAsync(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await Forms.ReadAsync(await client.GetAsync(Location));
        Asked.Add(Step);
        foreach (var name in page.QuerySelectorAll("main form [name]").Select(e => e.GetAttribute("name")!).Where(n => n != "__RequestVerificationToken"))
        {
            FieldsShown.Add(name);
        }
        using var response = await FormPost.PostAsync(client, Location, Location, fields);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return await Forms.ReadAsync(response);
        }
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{Location} answered {response.StatusCode}");
        }
        Location = response.Headers.Location!.ToString();
        return null;
    }

    /// <summary>Answers every page asked with <paramref name="answers"/> until Check your answers.</summary>
    public async Task<IHtmlDocument> AnswerAllAsync(Dictionary<string, List<KeyValuePair<string, string>>> answers)
    {
        for (var pages = 0; !AtCheck; pages++)
        {
            if (pages > 20)
            {
                throw new InvalidOperationException("The journey did not reach Check your answers");
            }
            var refused = await AnswerAsync(answers[Step]);
            if (refused is not null)
            {
                throw new InvalidOperationException($"{Step} was refused: {string.Join("; ", Forms.ErrorSummary(refused))}");
            }
        }
        return await Forms.ReadAsync(await client.GetAsync(Location));
    }

    /// <summary>Walks to the named step, answering the ones before it.</summary>
    public async Task<IHtmlDocument> GoToAsync(string step, Dictionary<string, List<KeyValuePair<string, string>>> answers)
    {
        while (Step != step)
        {
            if (AtCheck || await AnswerAsync(answers[Step]) is not null)
            {
                throw new InvalidOperationException($"The journey did not ask {step}");
            }
        }
        return await Forms.ReadAsync(await client.GetAsync(Location));
    }

    /// <summary>Posts Check your answers, with the token the page gave (<see cref="TokenAsync"/>) or a fresh one.</summary>
    public async Task<HttpResponseMessage> PostAsync(string? token = null)
    {
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token ?? await TokenAsync())]);
        return await client.PostAsync(Location, content);
    }

    /// <summary>The antiforgery token of the page the journey is on, as a browser holds it while the page is open.</summary>
    public Task<string> TokenAsync() => Forms.AntiforgeryTokenAsync(client, Location);
}
