using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Employment.Core.Accounts;
using Employment.Core.EhcPlans.Review;
using Employment.Core.JobSeekers;
using Employment.Tests.Accounts;
using Employment.Tests.EhcPlans.Generated;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace Employment.Tests.EhcPlans;

/// <summary>A coach uploads a plan over real HTTP (multipart), reviews each suggestion and confirms; nothing is saved before that.</summary>
public sealed class PlanUploadPageTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    private WebAppFixture App => site.App;

    public static byte[] GeneratedPlan(int seed = 7, PlanLayout layout = PlanLayout.HeadingStyles) =>
        PlanWriters.Write(new PlanGenerator(seed).Generate(layout).Script, layout).Bytes;

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string page, byte[] bytes, string fileName)
    {
        var token = await Forms.AntiforgeryTokenAsync(client, page);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "Plan", fileName);
        return await client.PostAsync(page, content);
    }

    [Fact]
    public async Task UploadReviewAndConfirm_SavesExactlyWhatTheCoachKept_AndNothingBefore()
    {
        var (client, coach) = await CoachAsync();
        var council = await App.WithDbAsync(db => db.LocalAuthorities.Where(l => l.OnsCode == "E06000016").Select(l => l.Id).SingleAsync());
        var plan = GeneratedPlan();

        using var uploaded = await UploadAsync(client, "/job-seekers/plan", plan, "sam-plan.docx");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var review = uploaded.Headers.Location!.ToString();
        Assert.Matches("^/job-seekers/drafts/[0-9a-f-]+/plan$", review);
        var draftId = Guid.Parse(review.Split('/')[3]);
        var suggestions = await App.WithDbAsync(async db => ProfileAnswers.Read(await db.ProfileDrafts.SingleAsync(d => d.Id == draftId)).Plan!.Suggestions);
        Assert.Contains(suggestions, s => s.Field == PlanFields.Interest);
        Assert.Contains(suggestions, s => s.Field == PlanFields.NextReview);

        // Every suggestion is shown with the sentence it came from.
        var page = await Forms.ReadAsync(await client.GetAsync(review));
        var fieldsets = page.QuerySelectorAll("form fieldset");
        Assert.Equal(suggestions.Count, fieldsets.Length);
        for (var i = 0; i < suggestions.Count; i++)
        {
            Assert.Contains(suggestions[i].Sentence, fieldsets[i].QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        }

        // Keep the first job, skill and hope; change the first name, postcode and review date; remove everything else.
        var keptReview = new DateOnly(2031, 3, 14);
        var firstOf = new HashSet<string>();
        var decisions = new Dictionary<string, string>();
        for (var i = 0; i < suggestions.Count; i++)
        {
            var s = suggestions[i];
            var (choice, changed) = s.Field switch
            {
                PlanFields.FirstName => ("Change", "Samira"),
                PlanFields.Postcode => ("Change", "le2 7qr"),
                PlanFields.NextReview => ("Change", "14/3/2031"),
                PlanFields.Interest or PlanFields.Skill or PlanFields.Aspirations => firstOf.Add(s.Field) ? ("Accept", "") : ("Remove", ""),
                PlanFields.SupportNeed => ("Remove", ""),
                _ => ("Accept", ""),
            };
            decisions[$"Decisions[{i}].Choice"] = choice;
            decisions[$"Decisions[{i}].Changed"] = changed;
        }
        using var reviewed = await Forms.PostAsync(client, review, review, decisions);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        Assert.EndsWith("/about", reviewed.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.JobSeekers.AnyAsync(j => j.CoachId == coach.Id)));

        // The usual pages follow, filled in from what was kept; the coach answers the rest.
        var next = reviewed.Headers.Location!.ToString();
        var extra = new Dictionary<string, Dictionary<string, string>>
        {
            ["about"] = new() { ["LocalAuthorityId"] = council.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["travel"] = new() { ["TravelMode"] = "PublicTransport", ["TravelMaxMinutes"] = "40", ["TravelTrainingNeeded"] = "false" },
            ["hours"] = new() { ["HoursMin"] = "10", ["HoursMax"] = "16" },
            ["kinds"] = new() { ["PreferredKinds"] = "PaidJob" },
        };
        while (!next.EndsWith("/check", StringComparison.Ordinal))
        {
            var form = AsShown(await Forms.ReadAsync(await client.GetAsync(next)));
            foreach (var (key, value) in extra.GetValueOrDefault(next.Split('/').Last()) ?? [])
            {
                form[key] = value;
            }
            using var step = await Forms.PostAsync(client, next, next, form);
            Assert.Equal(HttpStatusCode.Redirect, step.StatusCode);
            next = step.Headers.Location!.ToString();
        }
        Assert.False(await App.WithDbAsync(db => db.JobSeekers.AnyAsync(j => j.CoachId == coach.Id)));
        var check = await Forms.ReadAsync(await client.GetAsync(next));
        Assert.Contains("Next annual review 14 March 2031", check.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        using var saved = await Forms.PostAsync(client, next, next, new Dictionary<string, string>());

        var id = Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last());
        var person = await App.WithDbAsync(db => db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == id));
        string Kept(string field) => suggestions.First(s => s.Field == field).Value;
        Assert.Equal("Samira", person.FirstName);
        Assert.Equal(Kept(PlanFields.LastName), person.LastName);
        Assert.Equal("LE2 7QR", person.HomePostcode);
        Assert.Equal(Kept(PlanFields.Aspirations), person.Aspirations);
        Assert.Equal([Kept(PlanFields.Interest)], person.Interests);
        Assert.Equal([Kept(PlanFields.Skill)], person.Skills);
        Assert.Empty(person.SupportNeeds);
        Assert.True(person.HasEhcPlan);
        Assert.Equal(keptReview, person.EhcNextReviewOn);
        Assert.Equal(DateOnly.Parse(Kept(PlanFields.PlanIssued), System.Globalization.CultureInfo.InvariantCulture), person.EhcPlanIssuedOn);
        var audit = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.JobSeekerId == id && a.Action == PlanReviewService.PlanRead));
        Assert.Contains("sam-plan.docx", audit.Detail, StringComparison.Ordinal);
        Assert.Contains($"{plan.Length / 1024} KB", audit.Detail, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.ProfileDrafts.AnyAsync(d => d.CoachId == coach.Id)));
    }

    [Fact]
    public async Task AReviewWithNoChoices_IsRefusedWithAnErrorForEachSuggestion_AndAppliesNothing()
    {
        var (client, _) = await CoachAsync();
        using var uploaded = await UploadAsync(client, "/job-seekers/plan", GeneratedPlan(11, PlanLayout.Tables), "plan.docx");
        var review = uploaded.Headers.Location!.ToString();
        var draftId = Guid.Parse(review.Split('/')[3]);
        var before = await App.WithDbAsync(async db => (await db.ProfileDrafts.AsNoTracking().SingleAsync(d => d.Id == draftId)).Answers);

        using var refused = await Forms.PostAsync(client, review, review, new Dictionary<string, string> { ["Decisions[0].Choice"] = "Change", ["Decisions[0].Changed"] = "" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await Forms.ReadAsync(refused);
        var errors = Forms.ErrorSummary(page);
        Assert.Equal(page.QuerySelectorAll("form fieldset").Length, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Enter the ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Choose whether to keep, change or remove", StringComparison.Ordinal));
        Assert.Equal(before, await App.WithDbAsync(async db => (await db.ProfileDrafts.AsNoTracking().SingleAsync(d => d.Id == draftId)).Answers));
    }

    [Fact]
    public async Task AnUploadOntoARecord_IsAuditedWithTheFileNameAndSize_AndChangesNothingUntilConfirmed()
    {
        var (client, coach) = await CoachAsync();
        var person = await App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).Named("Kept", "Asis"));
        var page = $"/job-seekers/{person.Id}/plan";
        var record = await Forms.ReadAsync(await client.GetAsync($"/job-seekers/{person.Id}"));
        Assert.NotNull(record.QuerySelector($"a[href='{page}']"));

        using var uploaded = await UploadAsync(client, page, GeneratedPlan(5, PlanLayout.BoldCapitalsPdf), "annual.pdf");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var audit = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.JobSeekerId == person.Id && a.Action == PlanReviewService.PlanRead));
        Assert.Contains("annual.pdf", audit.Detail, StringComparison.Ordinal);
        Assert.Contains("KB", audit.Detail, StringComparison.Ordinal);
        var after = await App.WithDbAsync(db => db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == person.Id));
        Assert.Equal(("Kept", "Asis", null), (after.FirstName, after.LastName, after.EhcNextReviewOn));
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "locked.docx", "password-protected" },
        { "half.docx", "damaged" },
        { "scan.pdf", "could not be read" },
        { "letter.docx", "does not look like an EHC plan" },
        { "huge.pdf", "60 MB" },
        { "photo.png", "only Word (.docx) and PDF" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ABadFile_GetsAMessageNamingTheFileOnTheUploadPage_AndNothingIsSaved(string fileName, string expected)
    {
        var (client, coach) = await CoachAsync();
        var bytes = fileName switch
        {
            "locked.docx" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4096]],
            "half.docx" => GeneratedPlan()[..(GeneratedPlan().Length / 2)],
            "scan.pdf" => EmptyPdf(),
            "letter.docx" => PlanWriters.Docx(body => body.Append(PlanWriters.Para("Dear Sam,"), PlanWriters.Para("Thank you for coming to the open day."))),
            "huge.pdf" => new byte[60 * 1024 * 1024],
            _ => "not a plan"u8.ToArray(),
        };

        using var response = await UploadAsync(client, "/job-seekers/plan", bytes, fileName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        var error = Assert.Single(Forms.ErrorSummary(page));
        Assert.StartsWith(fileName, error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(error, Forms.FieldError(page, "Plan"));
        Assert.False(await App.WithDbAsync(db => db.ProfileDrafts.AnyAsync(d => d.CoachId == coach.Id)));
    }

    private static byte[] EmptyPdf()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        return builder.Build();
    }

    /// <summary>The form's fields as the browser would send them: text, checked boxes and radios, chosen options, text areas.</summary>
    private static Dictionary<string, string> AsShown(IHtmlDocument page)
    {
        var form = page.QuerySelectorAll("form").Last(f => f.QuerySelector("button[type=submit]") is not null && f.QuerySelector("input[type=hidden][name=__RequestVerificationToken]") is not null);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || input.GetAttribute("formaction") is not null)
            {
                continue;
            }
            switch (input)
            {
                case IHtmlInputElement box when box.Type is "checkbox" or "radio":
                    if (box.IsChecked)
                    {
                        fields.Add(new(name, box.Value));
                    }
                    break;
                case IHtmlInputElement text:
                    fields.Add(new(name, text.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : ""));
                    break;
            }
        }
        // The pages in this journey tick at most one box of a name here (one skill kept, one kind chosen).
        return fields.GroupBy(f => f.Key).ToDictionary(g => g.Key, g => string.Join(",", g.Select(f => f.Value)));
    }

    private async Task<(HttpClient Client, AppUser Coach)> CoachAsync()
    {
        var coach = await App.CreateUserAsync(Roles.Coach);
        var client = App.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        return (client, coach);
    }
}
