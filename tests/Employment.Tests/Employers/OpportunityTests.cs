using System.Globalization;
using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Opportunities;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.EmployersAndOpportunities;

public sealed class OpportunityTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A complete, valid form for the kind, at the given site.</summary>
    public static List<KeyValuePair<string, string>> ValidForm(OpportunityKind kind, Guid siteId)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Kind", kind.ToString()),
            new("Title", $"{kind.Label()}: kitchen assistant"),
            new("SocCode", "9263"),
            new("Description", "You wash up and prepare vegetables. You work with a friendly team."),
            new("HoursPerWeek", kind == OpportunityKind.SupportedInternship ? "24" : "16.5"),
            new("SiteId", siteId.ToString()),
            new("Skills", "washing_up"),
            new("Skills", "food_preparation"),
            new("Adjustments", "written_instructions"),
            new("InterviewGuaranteed", "true"),
            new("ClosesOn.Day", "1"),
            new("ClosesOn.Month", "2"),
            new("ClosesOn.Year", (DateTime.Now.Year + 1).ToString(Invariant)),
        };
        if (kind.IsPaid())
        {
            var band = kind == OpportunityKind.Apprenticeship ? PayBand.Apprentice : PayBand.Age21AndOver;
            fields.Add(new("HourlyPay", MinimumWage.For(band, TestData.Today).ToString("0.00", Invariant)));
            fields.Add(new("PayBand", band.ToString()));
        }
        if (kind == OpportunityKind.SupportedInternship)
        {
            fields.Add(new("InternshipLengthMonths", "10"));
            fields.Add(new("StudyProgrammePartner", "Leicester College"));
        }
        return fields;
    }

    public static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> fields, string name, string? value)
    {
        var result = fields.Where(f => f.Key != name).ToList();
        if (value is not null)
        {
            result.Add(new(name, value));
        }
        return result;
    }

    [Fact]
    public async Task CheckYourAnswers_ChangeGoesBackToTheQuestionWithTheAnswerGiven_ThenBackToCheck()
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var journey = new PostingJourney(client, "/employer");
        var check = await journey.AnswerAllAsync(PostingJourney.Answers(OpportunityKind.PaidJob, siteId));
        var change = check.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector("dt")?.TextContent.Trim() == "Job name").QuerySelector("a")!.GetAttribute("href")!;

        var page = await Forms.ReadAsync(await client.GetAsync(change));
        Assert.Empty(Forms.ErrorSummary(page));
        Assert.Equal("What will you call this job?", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Paid job: kitchen assistant", page.QuerySelector("#Form_Title")?.GetAttribute("value"));
        Assert.Equal(journey.Location, page.QuerySelector("a.govuk-back-link")?.GetAttribute("href"));
        using var changed = await FormPost.PostAsync(client, change, change, [new("Form.Title", "Dishwasher")]);

        Assert.Equal(journey.Location, changed.Headers.Location?.ToString());
        var again = await Forms.ReadAsync(await client.GetAsync(journey.Location));
        Assert.Contains("Dishwasher", again.QuerySelector(".govuk-summary-list")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Count(employerId));
    }

    [Fact]
    public async Task Occupation_IsAskedWithTheAutocompleteList()
    {
        var (client, _, siteId) = await SignedInEmployerWithSiteAsync();

        var page = await new PostingJourney(client, "/employer").GoToAsync("occupation", PostingJourney.Answers(OpportunityKind.PaidJob, siteId));

        Assert.NotNull(page.QuerySelector("select#Form_SocCode[data-autocomplete]"));
    }

    [Theory]
    [InlineData(OpportunityKind.PaidJob, "Age21AndOver", "the National Living Wage for people aged 21 and over")]
    [InlineData(OpportunityKind.SupportedInternship, "Age18To20", "the National Minimum Wage for people aged 18 to 20")]
    [InlineData(OpportunityKind.Apprenticeship, "Apprentice", "the apprentice rate")]
    public async Task PayBelowTheMinimumWage_IsRefusedWithTheFigureAndTheRatesName(OpportunityKind kind, string band, string rate)
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var minimum = MinimumWage.For(Enum.Parse<PayBand>(band), TestData.Today);
        var answers = PostingJourney.Answers(kind, siteId);
        answers["intern-paid"] = [new("Form.InternPaid", "true")];
        answers["pay-band"] = [new("Form.PayBand", band)];
        var journey = new PostingJourney(client, "/employer");
        await journey.GoToAsync("pay", answers);

        var page = (await journey.AnswerAsync([new("Form.HourlyPay", (minimum - 0.01m).ToString("0.00", Invariant))]))!;

        var aprilYear = TestData.Today.Month >= 4 ? TestData.Today.Year : TestData.Today.Year - 1;
        var expected = $"Pay must be at least £{minimum.ToString("0.00", Invariant)} an hour, {rate} from April {aprilYear}";
        Assert.Equal([expected], Forms.ErrorSummary(page));
        Assert.Equal(expected, Forms.FieldError(page, "Form_HourlyPay"));
        Assert.Equal((minimum - 0.01m).ToString("0.00", Invariant), page.QuerySelector("#Form_HourlyPay")?.GetAttribute("value"));
        Assert.Equal(0, await Count(employerId));
    }

    [Fact]
    public async Task MinimumWageMessage_MatchesTheRatesFromApril2026()
    {
        // The rates the brief quotes: the 21 and over rate from April 2026 is £12.71, the National Living Wage.
        Assert.Equal(12.71m, MinimumWage.For(PayBand.Age21AndOver, new DateOnly(2026, 11, 23)));
        var (client, _, siteId) = await SignedInEmployerWithSiteAsync();
        if (TestData.Today < new DateOnly(2026, 4, 1) || TestData.Today >= new DateOnly(2027, 4, 1))
        {
            return; // The figure below holds for the year from April 2026 only.
        }
        var journey = new PostingJourney(client, "/employer");
        await journey.GoToAsync("pay", PostingJourney.Answers(OpportunityKind.PaidJob, siteId));
        var page = (await journey.AnswerAsync([new("Form.HourlyPay", "£12.00")]))!;
        Assert.Equal("Pay must be at least £12.71 an hour, the National Living Wage for people aged 21 and over from April 2026", Forms.FieldError(page, "Form_HourlyPay"));
    }

    [Theory]
    [InlineData(OpportunityKind.PaidJob)]
    [InlineData(OpportunityKind.Apprenticeship)]
    public async Task PaidKind_WithoutPay_IsRefusedAndNothingIsSaved(OpportunityKind kind)
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var journey = new PostingJourney(client, "/employer");
        await journey.GoToAsync("pay-band", PostingJourney.Answers(kind, siteId));

        var noBand = (await journey.AnswerAsync([]))!;
        Assert.Equal(["Select who the pay is for"], Forms.ErrorSummary(noBand));
        await journey.AnswerAsync(PostingJourney.Answers(kind, siteId)["pay-band"]);
        var noPay = (await journey.AnswerAsync([new("Form.HourlyPay", "")]))!;

        Assert.StartsWith("Enter the hourly pay", Forms.FieldError(noPay, "Form_HourlyPay"), StringComparison.Ordinal);
        Assert.Single(Forms.ErrorSummary(noPay));
        Assert.Equal(0, await Count(employerId));
    }

    [Fact]
    public async Task PaidSupportedInternship_IsSavedWithItsPay_AndATraineeshipWithPayIsRefusedWhenChanged()
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var answers = PostingJourney.Answers(OpportunityKind.SupportedInternship, siteId);
        answers["intern-paid"] = [new("Form.InternPaid", "true")];
        answers["pay"] = [new("Form.HourlyPay", "13.00")];
        var journey = new PostingJourney(client, "/employer");
        await journey.AnswerAllAsync(answers);
        using var posted = await journey.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var saved = await app.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.EmployerId == employerId));
        Assert.Equal((OpportunityKind.SupportedInternship, 13.00m, PayBand.Age21AndOver), (saved.Kind, saved.HourlyPay, saved.PayBand));

        var traineeship = await Forms.ReadAsync(await FormPost.PostAsync(client, $"/employer/opportunities/{saved.Id}/edit", $"/employer/opportunities/{saved.Id}/edit",
            With(With(ValidForm(OpportunityKind.Traineeship, siteId), "HourlyPay", "13.00"), "PayBand", "Age21AndOver")));
        Assert.Equal("Leave the pay blank: traineeship is unpaid. If the person will be paid, choose paid job", Forms.FieldError(traineeship, "HourlyPay"));
    }

    [Fact]
    public async Task UnpaidKind_WithPay_AndApprenticeRateForAPaidJob_AreRefusedWhenChanged()
    {
        var (client, employerId, _) = await SignedInEmployerWithSiteAsync();
        var created = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(employerId));
        var edit = $"/employer/opportunities/{created.Id}/edit";

        var volunteering = await Forms.ReadAsync(await FormPost.PostAsync(client, edit, edit,
            With(ValidForm(OpportunityKind.Volunteering, created.SiteId!.Value), "HourlyPay", "13.00")));
        var apprenticeRate = await Forms.ReadAsync(await FormPost.PostAsync(client, edit, edit,
            With(ValidForm(OpportunityKind.PaidJob, created.SiteId!.Value), "PayBand", "Apprentice")));

        Assert.Equal("Leave the pay blank: volunteering is unpaid. If the person will be paid, choose paid job", Forms.FieldError(volunteering, "HourlyPay"));
        Assert.Equal("Only apprenticeships can pay the apprentice rate. Select the age group the pay is for", Forms.FieldError(apprenticeRate, "PayBand"));
        Assert.Equal(created.Title, (await Load(created.Id)).Title);
    }

    [Fact]
    public async Task EmptyChangeForm_ShowsEveryErrorInFieldOrder()
    {
        var (client, employerId, _) = await SignedInEmployerWithSiteAsync();
        var created = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(employerId));
        var before = await Load(created.Id);
        var edit = $"/employer/opportunities/{created.Id}/edit";

        using var response = await FormPost.PostAsync(client, edit, edit, []);

        var page = await Forms.ReadAsync(response);
        Assert.Equal(
            ["Select the kind of opportunity", "Enter a job title", "Select the occupation", "Describe the opportunity", "Enter the hours a week",
             "Select the site where the person will work", "Select yes if you guarantee an interview to disabled applicants who meet the essential criteria"],
            Forms.ErrorSummary(page));
        Assert.Equal("Enter a job title", Forms.FieldError(page, "Title"));
        Assert.Equal("#SocCode", page.QuerySelectorAll(".govuk-error-summary a")[2].GetAttribute("href"));
        Assert.Equal(before.UpdatedAt, (await Load(created.Id)).UpdatedAt);
    }

    [Theory]
    [InlineData("kind", "", "", "Select the kind of opportunity")]
    [InlineData("title", "Form.Title", "", "Enter a job title")]
    [InlineData("occupation", "Form.SocCode", "", "Select the occupation")]
    [InlineData("description", "Form.Description", "", "Describe the opportunity")]
    [InlineData("hours", "Form.HoursPerWeek", "twelve", "Hours a week must be a number, like 20 or 37.5")]
    [InlineData("intern-paid", "", "", "Select yes if you will pay the intern")]
    [InlineData("site", "", "", "Select the site where the person will work")]
    [InlineData("interview", "", "", "Select yes if you guarantee an interview to disabled applicants who meet the essential criteria")]
    [InlineData("closing-date", "Form.ClosesOn.Year", "2020", "The closing date must be today or in the future")]
    [InlineData("internship-length", "Form.InternshipLengthMonths", "18", "A supported internship lasts 6 to 12 months: enter a whole number from 6 to 12")]
    [InlineData("study-partner", "Form.StudyProgrammePartner", "", "Enter the college or provider running the study programme")]
    public async Task EachQuestion_RefusesABadAnswerInPlainEnglish_AndKeepsWhatWasTyped(string step, string field, string typed, string message)
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var journey = new PostingJourney(client, "/employer");
        await journey.GoToAsync(step, PostingJourney.Answers(OpportunityKind.SupportedInternship, siteId));
        var answer = field.Length == 0 ? [] : PostingJourney.Answers(OpportunityKind.SupportedInternship, siteId)[step].Where(f => f.Key != field).Append(new(field, typed)).ToList();

        var page = await journey.AnswerAsync(answer);

        Assert.NotNull(page);
        Assert.Equal([message], Forms.ErrorSummary(page));
        if (typed.Length > 0)
        {
            Assert.Equal(typed, page.QuerySelector($"#{field.Replace('.', '_')}")?.GetAttribute("value"));
        }
        Assert.Equal(step, journey.Step);
        Assert.Equal(0, await Count(employerId));
    }

    [Theory]
    [InlineData("15.5", "A supported internship must be at least 16 hours a week. It is normally 20 hours or more")]
    [InlineData("0", "Hours a week must be more than 0")]
    [InlineData("49", "Hours a week must be 48 or fewer")]
    [InlineData("20.25", "Hours a week can have one number after the decimal point at most, like 37.5")]
    public async Task Hours_OutsideTheRules_AreRefused(string hours, string message)
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var journey = new PostingJourney(client, "/employer");
        await journey.GoToAsync("hours", PostingJourney.Answers(OpportunityKind.SupportedInternship, siteId));

        var page = (await journey.AnswerAsync([new("Form.HoursPerWeek", hours)]))!;

        Assert.Equal(message, Forms.FieldError(page, "Form_HoursPerWeek"));
        Assert.Equal(0, await Count(employerId));
    }

    [Fact]
    public async Task SupportedInternship_UnderTwentyHours_IsAllowedWithAWarning()
    {
        var (client, _, siteId) = await SignedInEmployerWithSiteAsync();
        var answers = PostingJourney.Answers(OpportunityKind.SupportedInternship, siteId);
        answers["hours"] = [new("Form.HoursPerWeek", "18")];

        var page = await new PostingJourney(client, "/employer").AnswerAllAsync(answers);

        Assert.Equal("Check your answers before posting", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("normally 20 hours a week or more", page.QuerySelector(".govuk-warning-text")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutASite_TheSiteQuestionLinksToAddingOne()
    {
        var user = await app.CreateUserAsync(Roles.Employer);
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);

        var page = await new PostingJourney(client, "/employer").GoToAsync("site", PostingJourney.Answers(OpportunityKind.PaidJob, Guid.NewGuid()));

        Assert.NotNull(page.QuerySelector("main a[href='/employer/organisation/sites/new']"));
        Assert.Null(page.QuerySelector("main form button[type=submit]"));
    }

    [Fact]
    public async Task Employer_ChangesClosesAndReopensAnOpportunity()
    {
        var (client, employerId, _) = await SignedInEmployerWithSiteAsync();
        var created = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(employerId));
        var (siteId, id) = (created.SiteId!.Value, created.Id);

        var editPage = await Forms.ReadAsync(await client.GetAsync($"/employer/opportunities/{id}/edit"));
        Assert.Equal("Kitchen assistant", editPage.QuerySelector("#Title")?.GetAttribute("value"));
        using var edited = await FormPost.PostAsync(client, $"/employer/opportunities/{id}/edit", $"/employer/opportunities/{id}/edit",
            With(ValidForm(OpportunityKind.PaidJob, siteId), "Title", "Senior kitchen assistant"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Senior kitchen assistant", (await Load(id)).Title);

        using var closed = await FormPost.PostAsync(client, $"/employer/opportunities/{id}", $"/employer/opportunities/{id}/close", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(TestData.Today, (await Load(id)).ClosedOn);
        var closedPage = await Forms.ReadAsync(await client.GetAsync($"/employer/opportunities/{id}"));
        Assert.Equal("Closed", closedPage.QuerySelector("main .govuk-tag")?.TextContent.Trim());
        var list = await Forms.ReadAsync(await client.GetAsync("/employer/opportunities"));
        Assert.Equal("Closed", list.QuerySelector(".govuk-table__body .govuk-tag")?.TextContent.Trim());

        using var reopened = await FormPost.PostAsync(client, $"/employer/opportunities/{id}", $"/employer/opportunities/{id}/reopen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Null((await Load(id)).ClosedOn);
        var openPage = await Forms.ReadAsync(await client.GetAsync($"/employer/opportunities/{id}"));
        Assert.Equal("Open", openPage.QuerySelector("main .govuk-tag")?.TextContent.Trim());
    }

    [Fact]
    public async Task Reopening_WithPayNowBelowTheMinimum_AsksForNewPayFirst()
    {
        var (client, employerId, _) = await SignedInEmployerWithSiteAsync();
        var created = await app.TestData.CreateOpportunityAsync(o => o.ForEmployer(employerId));
        var (siteId, id) = (created.SiteId!.Value, created.Id);
        await app.WithDbAsync(db => db.Opportunities.Where(o => o.Id == id).ExecuteUpdateAsync(o => o
            .SetProperty(x => x.HourlyPay, 9.50m).SetProperty(x => x.ClosedOn, TestData.Today.AddYears(-3))));

        using var refused = await FormPost.PostAsync(client, $"/employer/opportunities/{id}", $"/employer/opportunities/{id}/reopen", new Dictionary<string, string>());

        var page = await Forms.ReadAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("Pay must be at least", Forms.FieldError(page, "HourlyPay"), StringComparison.Ordinal);
        Assert.NotNull((await Load(id)).ClosedOn);

        var fixedPay = With(Fields(page), "HourlyPay", "14.00");
        using var saved = await FormPost.PostAsync(client, $"/employer/opportunities/{id}/edit", $"/employer/opportunities/{id}/edit", fixedPay);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await Load(id);
        Assert.Null(after.ClosedOn);
        Assert.Equal(14.00m, after.HourlyPay);
    }

    [Fact]
    public async Task AnotherEmployersOpportunity_IsNotFound_AndNothingChanges()
    {
        var (client, _, siteId) = await SignedInEmployerWithSiteAsync();
        var created = await app.TestData.CreateOpportunityAsync();
        var (otherSite, otherId) = (created.SiteId!.Value, created.Id);
        var before = await Load(otherId);

        var responses = new List<HttpResponseMessage>
        {
            await client.GetAsync($"/employer/opportunities/{otherId}"),
            await client.GetAsync($"/employer/opportunities/{otherId}/edit"),
            await FormPost.PostAsync(client, "/employer/opportunities/new", $"/employer/opportunities/{otherId}/edit",
                With(ValidForm(OpportunityKind.PaidJob, otherSite), "Title", "Hijacked")),
            await FormPost.PostAsync(client, "/employer/opportunities/new", $"/employer/opportunities/{otherId}/edit",
                With(ValidForm(OpportunityKind.PaidJob, siteId), "Title", "Hijacked")),
            await FormPost.PostAsync(client, "/employer/opportunities/new", $"/employer/opportunities/{otherId}/close", new Dictionary<string, string>()),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        foreach (var r in responses)
        {
            Assert.DoesNotContain("Kitchen assistant", await r.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            r.Dispose();
        }
        var after = await Load(otherId);
        Assert.Equal((before.Title, before.ClosedOn, before.UpdatedAt, before.SiteId), (after.Title, after.ClosedOn, after.UpdatedAt, after.SiteId));

        await app.WithDbAsync(db => db.Opportunities.Where(o => o.Id == otherId).ExecuteUpdateAsync(o => o.SetProperty(x => x.ClosedOn, TestData.Today)));
        using var reopen = await FormPost.PostAsync(client, "/employer/opportunities/new", $"/employer/opportunities/{otherId}/reopen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, reopen.StatusCode);
        Assert.Equal(TestData.Today, (await Load(otherId)).ClosedOn);

        var list = await Forms.ReadAsync(await client.GetAsync("/employer/opportunities"));
        Assert.DoesNotContain(otherId.ToString(), list.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostingAtAnotherEmployersSite_IsRefused()
    {
        var (client, employerId, _) = await SignedInEmployerWithSiteAsync();
        var otherSite = (await app.TestData.CreateOpportunityAsync()).SiteId!.Value;
        var journey = new PostingJourney(client, "/employer");
        await journey.GoToAsync("site", PostingJourney.Answers(OpportunityKind.PaidJob, otherSite));

        var page = (await journey.AnswerAsync([new("Form.SiteId", otherSite.ToString())]))!;

        Assert.Equal("Select the site where the person will work", Forms.FieldError(page, "Form_SiteId"));
        Assert.Equal(0, await Count(employerId));
    }

    private async Task<(HttpClient Client, Guid EmployerId, Guid SiteId)> SignedInEmployerWithSiteAsync()
    {
        var user = await app.CreateUserAsync(Roles.Employer);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        var siteId = await app.WithDbAsync(async db =>
        {
            var site = new Core.Employers.EmployerSite { EmployerId = user.EmployerId!.Value, Name = "Main shop", Postcode = "LE1 6ZG", Latitude = 52.6334, Longitude = -1.13242 };
            db.EmployerSites.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });
        return (client, user.EmployerId!.Value, siteId);
    }

    private Task<int> Count(Guid employerId) => app.WithDbAsync(db => db.Opportunities.CountAsync(o => o.EmployerId == employerId));

    private Task<Opportunity> Load(Guid id) => app.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == id));

    /// <summary>Every field of the page's form, as the browser would send it.</summary>
    public static List<KeyValuePair<string, string>> Fields(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in page.QuerySelectorAll("main form input, main form select, main form textarea"))
        {
            var name = element.GetAttribute("name");
            if (name is null or "__RequestVerificationToken")
            {
                continue;
            }
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement textarea:
                    fields.Add(new(name, textarea.Value));
                    break;
            }
        }
        return fields;
    }
}
