using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Opportunities;
using Employment.Tests.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.EmployersAndOpportunities;

/// <summary>"Post an opportunity" a question at a time, over real HTTP: each kind's own questions, drafts, posting once.</summary>
public sealed class PostingJourneyTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    private WebAppFixture App => site.App;

    private static readonly string[] Common = ["kind", "title", "occupation", "description", "hours"];
    private static readonly string[] Place = ["site", "skills", "adjustments", "interview", "closing-date"];

    public static IEnumerable<object[]> Kinds() => Enum.GetValues<OpportunityKind>().Select(k => new object[] { k });

    /// <summary>The pages each kind is asked, in order.</summary>
    private static List<string> PagesFor(OpportunityKind kind) => kind switch
    {
        OpportunityKind.PaidJob or OpportunityKind.Apprenticeship => [.. Common, "pay-band", "pay", .. Place],
        OpportunityKind.SupportedInternship => [.. Common, "intern-paid", .. Place, "internship-length", "study-partner"],
        _ => [.. Common, .. Place],
    };

    /// <summary>The fields only some kinds are asked, with the pages that ask them.</summary>
    private static readonly Dictionary<string, string> KindFields = new()
    {
        ["Form.InternPaid"] = "intern-paid",
        ["Form.PayBand"] = "pay-band",
        ["Form.HourlyPay"] = "pay",
        ["Form.InternshipLengthMonths"] = "internship-length",
        ["Form.StudyProgrammePartner"] = "study-partner",
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EachKind_IsAskedOnlyItsOwnQuestions_AndPostsFromCheckYourAnswers(OpportunityKind kind)
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var journey = new PostingJourney(client, "/employer");

        var check = await journey.AnswerAllAsync(PostingJourney.Answers(kind, siteId));

        Assert.Equal(PagesFor(kind), journey.Asked);
        var notAsked = KindFields.Where(f => !journey.Asked.Contains(f.Value)).Select(f => f.Key).ToList();
        Assert.Empty(journey.FieldsShown.Intersect(notAsked));
        Assert.Equal("Check your answers before posting", check.QuerySelector("h1")?.TextContent.Trim());
        var summary = check.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains("Kitchen and catering assistants (9263)", summary, StringComparison.Ordinal);
        Assert.Equal(PagesFor(kind).Count, check.QuerySelectorAll(".govuk-summary-list__row").Length);
        Assert.Equal(kind.IsPaid(), summary.Contains("Pay an hour", StringComparison.Ordinal));
        Assert.Equal(kind == OpportunityKind.SupportedInternship, summary.Contains("Study programme partner", StringComparison.Ordinal));
        Assert.Equal(0, await Count(employerId));

        using var posted = await journey.PostAsync();

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var saved = await App.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.EmployerId == employerId));
        Assert.Equal($"/employer/opportunities/{saved.Id}", posted.Headers.Location?.ToString());
        Assert.Equal((kind, $"{kind.Label()}: kitchen assistant", "9263", siteId, "LE1 6ZG"), (saved.Kind, saved.Title, saved.SocCode, saved.SiteId, saved.Postcode));
        Assert.Equal(["washing_up", "food_preparation"], saved.SkillsRequired);
        Assert.Equal(["written_instructions"], saved.AdjustmentsOffered);
        Assert.True(saved.InterviewGuaranteed);
        Assert.Equal(new DateOnly(DateTime.Now.Year + 1, 2, 1), saved.ClosesOn);
        Assert.Equal(kind.IsPaid(), saved.HourlyPay is not null && saved.PayBand is not null);
        Assert.Equal(kind == OpportunityKind.SupportedInternship ? (10, "Leicester College", 24m) : (null, null, 16.5m),
            (saved.InternshipLengthMonths, saved.StudyProgrammePartner, saved.HoursPerWeek));
        var shown = await Forms.ReadAsync(await client.GetAsync(posted.Headers.Location!.ToString()));
        Assert.Contains("is posted", shown.QuerySelector(".govuk-notification-banner")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionForAnotherKind_IsNotShown_EvenByItsAddress()
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var journey = new PostingJourney(client, "/employer");
        await journey.GoToAsync("occupation", PostingJourney.Answers(OpportunityKind.Volunteering, siteId));

        using var pay = await client.GetAsync(journey.DraftPath + "/pay");
        using var partner = await client.GetAsync(journey.DraftPath + "/study-partner");

        Assert.Equal((HttpStatusCode.Redirect, journey.DraftPath + "/occupation"), (pay.StatusCode, pay.Headers.Location?.ToString()));
        Assert.Equal(journey.DraftPath + "/occupation", partner.Headers.Location?.ToString());
    }

    [Fact]
    public async Task ADraft_IsKeptAfterSigningOut_AndContinuesWhereItWasLeft()
    {
        var user = await App.CreateUserAsync(Roles.Employer);
        var siteId = await AddSiteAsync(user.EmployerId!.Value);
        var answers = PostingJourney.Answers(OpportunityKind.PaidJob, siteId);
        using (var first = App.CreateClient())
        {
            await Forms.SignInAsync(first, user.Email!, WebAppFixture.Password);
            var journey = new PostingJourney(first, "/employer");
            await journey.GoToAsync("description", answers);
        }

        // Signed in again, in a new session with nothing in memory from the first.
        using var client = App.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        var list = await Forms.ReadAsync(await client.GetAsync("/employer/opportunities"));
        var continueLink = list.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Continue", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Contains("Paid job: kitchen assistant", list.QuerySelector(".govuk-summary-list")?.TextContent, StringComparison.Ordinal);
        using var resumed = await client.GetAsync(continueLink);

        Assert.Equal(HttpStatusCode.Redirect, resumed.StatusCode);
        Assert.EndsWith("/description", resumed.Headers.Location?.ToString(), StringComparison.Ordinal);
        var draftId = await App.WithDbAsync(db => db.OpportunityDrafts.Where(d => d.EmployerId == user.EmployerId).Select(d => d.Id).SingleAsync());
        var title = await Forms.ReadAsync(await client.GetAsync($"/employer/opportunities/drafts/{draftId}/title"));
        Assert.Equal("Paid job: kitchen assistant", title.QuerySelector("#Form_Title")?.GetAttribute("value"));

        var rest = new PostingJourney(client, "/employer");
        rest.ResumeAt(resumed.Headers.Location!.ToString());
        await rest.AnswerAllAsync(answers);
        Assert.Equal(["description", "hours", "pay-band", "pay", .. Place], rest.Asked);
        using var posted = await rest.PostAsync();
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(1, await Count(user.EmployerId!.Value));
        var after = await Forms.ReadAsync(await client.GetAsync("/employer/opportunities"));
        Assert.Null(after.QuerySelector(".govuk-summary-list"));
    }

    [Fact]
    public async Task ADraft_CanBeDeleted_AndAnotherOrganisationCannotSeeOrDeleteIt()
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var journey = new PostingJourney(client, "/employer");
        await journey.GoToAsync("occupation", PostingJourney.Answers(OpportunityKind.Traineeship, siteId));
        var draftPath = journey.DraftPath;
        var (other, _, _) = await SignedInEmployerWithSiteAsync();

        using var seen = await other.GetAsync(draftPath + "/title");
        using var deletedByOther = await FormPost.PostAsync(other, "/employer/opportunities/new", draftPath + "/delete", []);
        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.OpportunityDrafts.CountAsync(d => d.EmployerId == employerId)));

        var confirm = await Forms.ReadAsync(await client.GetAsync(draftPath + "/delete"));
        Assert.Contains("Traineeship: kitchen assistant", confirm.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        using var deleted = await FormPost.PostAsync(client, draftPath + "/delete", draftPath + "/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.OpportunityDrafts.CountAsync(d => d.EmployerId == employerId)));
        Assert.Equal(0, await Count(employerId));
    }

    [Fact]
    public async Task PostingTwice_AtOnceOrAfterwards_MakesOneOpportunity()
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var journey = new PostingJourney(client, "/employer");
        await journey.AnswerAllAsync(PostingJourney.Answers(OpportunityKind.PaidJob, siteId));

        var token = await journey.TokenAsync();

        var atOnce = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => journey.PostAsync(token)));
        using var afterwards = await journey.PostAsync(token);

        Assert.All(atOnce.Append(afterwards), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var only = await App.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.EmployerId == employerId));
        Assert.All(atOnce.Append(afterwards), r => Assert.Equal($"/employer/opportunities/{only.Id}", r.Headers.Location?.ToString()));
        foreach (var response in atOnce)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task PostingADraft_FromTwoStaleCopies_MakesOneOpportunity()
    {
        var (_, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        var site = await App.WithDbAsync(db => db.EmployerSites.AsNoTracking().SingleAsync(s => s.Id == siteId));
        var draftId = await App.WithDbAsync(async db =>
        {
            var draft = new OpportunityDraft { EmployerId = employerId, Answers = "{}" };
            db.OpportunityDrafts.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        var details = new OpportunityDetails(OpportunityKind.Volunteering, "Gardener", "9263", "You water the plants.", 10, null, null, site,
            [], [], true, null, null, null);
        await using var first = App.Factory.Services.CreateAsyncScope();
        await using var second = App.Factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<Core.Data.EmploymentDbContext>();
        var secondDb = second.ServiceProvider.GetRequiredService<Core.Data.EmploymentDbContext>();
        var firstCopy = await firstDb.OpportunityDrafts.SingleAsync(d => d.Id == draftId);
        var secondCopy = await secondDb.OpportunityDrafts.SingleAsync(d => d.Id == draftId);

        var a = await first.ServiceProvider.GetRequiredService<OpportunityService>().PostDraftAsync(firstCopy, details);
        var b = await second.ServiceProvider.GetRequiredService<OpportunityService>().PostDraftAsync(secondCopy, details);

        Assert.Equal(a.Value!.Id, b.Value!.Id);
        Assert.Equal(1, await Count(employerId));
    }

    [Fact]
    public async Task ACoach_PostsThroughTheSameQuestions_ForTheEmployer()
    {
        var coach = await App.CreateUserAsync(Roles.Coach);
        using var client = App.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        var employerId = (await App.TestData.CreateEmployerAsync()).Id;
        var siteId = await AddSiteAsync(employerId);
        var journey = new PostingJourney(client, $"/coach/employers/{employerId}");

        await journey.AnswerAllAsync(PostingJourney.Answers(OpportunityKind.SupportedInternship, siteId));
        using var posted = await journey.PostAsync();

        Assert.Equal(PagesFor(OpportunityKind.SupportedInternship), journey.Asked);
        var saved = await App.WithDbAsync(db => db.Opportunities.AsNoTracking().SingleAsync(o => o.EmployerId == employerId));
        Assert.Equal($"/coach/employers/{employerId}/opportunities/{saved.Id}", posted.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Adjustments_AreWordedForTheEmployer_AndStartAsTheOrganisationsUsualOnes()
    {
        var (client, employerId, siteId) = await SignedInEmployerWithSiteAsync();
        await App.WithDbAsync(db => db.Employers.Where(e => e.Id == employerId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.AdjustmentsUsuallyOffered, new List<string> { "mentor_buddy", "regular_breaks" })));
        var journey = new PostingJourney(client, "/employer");

        var page = await journey.GoToAsync("adjustments", PostingJourney.Answers(OpportunityKind.WorkExperience, siteId));

        Assert.Equal(["mentor_buddy", "regular_breaks"], page.QuerySelectorAll("input[name='Form.Adjustments'][checked]").Select(i => i.GetAttribute("value")).ToList());
        var labels = page.QuerySelectorAll(".govuk-checkboxes__label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Contains("A workmate who helps them", labels);
        Assert.Contains("A job coach at work with them", labels);
        Assert.DoesNotContain(labels, l => l.EndsWith(" me", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PayBands_NameEachStatutoryRate_AndOnlyApprenticeshipsOfferTheApprenticeRate()
    {
        var (client, _, siteId) = await SignedInEmployerWithSiteAsync();
        var paidJob = new PostingJourney(client, "/employer");
        var apprenticeship = new PostingJourney(client, "/employer");

        var jobBands = await paidJob.GoToAsync("pay-band", PostingJourney.Answers(OpportunityKind.PaidJob, siteId));
        var apprenticeBands = await apprenticeship.GoToAsync("pay-band", PostingJourney.Answers(OpportunityKind.Apprenticeship, siteId));

        var labels = jobBands.QuerySelectorAll(".govuk-radios__label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(3, labels.Count);
        Assert.StartsWith("People aged 21 and over: National Living Wage, at least £", labels[0], StringComparison.Ordinal);
        Assert.StartsWith("People aged 18 to 20: National Minimum Wage", labels[1], StringComparison.Ordinal);
        Assert.StartsWith("People aged under 18: National Minimum Wage", labels[2], StringComparison.Ordinal);
        Assert.Contains(apprenticeBands.QuerySelectorAll(".govuk-radios__label"), l => l.TextContent.Trim().StartsWith("Apprentices: apprentice rate", StringComparison.Ordinal));

        var refused = await paidJob.AnswerAsync([new("Form.PayBand", "Apprentice")]);
        Assert.Equal("Only apprenticeships can pay the apprentice rate. Select the age group the pay is for", Forms.FieldError(refused!, "Form_PayBand"));
    }

    private async Task<(HttpClient Client, Guid EmployerId, Guid SiteId)> SignedInEmployerWithSiteAsync()
    {
        var user = await App.CreateUserAsync(Roles.Employer);
        var client = App.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return (client, user.EmployerId!.Value, await AddSiteAsync(user.EmployerId!.Value));
    }

    private Task<Guid> AddSiteAsync(Guid employerId) => App.WithDbAsync(async db =>
    {
        var site = new Core.Employers.EmployerSite { EmployerId = employerId, Name = "Main shop", Postcode = "LE1 6ZG", Latitude = 52.6334, Longitude = -1.13242 };
        db.EmployerSites.Add(site);
        await db.SaveChangesAsync();
        return site.Id;
    });

    private Task<int> Count(Guid employerId) => App.WithDbAsync(db => db.Opportunities.CountAsync(o => o.EmployerId == employerId));
}
