using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Employment.Core.Accounts;
using Employment.Core.Employers;
using Employment.Tests.Infrastructure;
using Employment.Tests.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Employment.EndToEnd;

/// <summary>Every page each role can reach, in a real browser, scanned by axe-core for WCAG 2.2 AA.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [InlineData(AccessTable.Anonymous)]
    [InlineData(Roles.Coach)]
    [InlineData(Roles.Employer)]
    [InlineData(Roles.Adviser)]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.College)]
    public async Task EveryPageTheRoleCanReach_HasNoWcagViolations(string role)
    {
        var page = await browser.NewPageAsync();
        AppUser? user = null;
        if (role != AccessTable.Anonymous)
        {
            user = await browser.App.CreateUserAsync(role);
            await BrowserFixture.SignInAsync(page, user.Email!, WebAppFixture.Password);
            Assert.EndsWith(HomeFor(role), new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        }
        var paths = await PathsFor(role, user);
        Assert.NotEmpty(paths);

        var problems = new List<string>();
        foreach (var path in paths)
        {
            problems.AddRange(await ScanAsync(page, path));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task FormsShowingErrors_HaveNoWcagViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        var problems = await ScanCurrentAsync(page, "/sign-in (with errors)");

        await page.GotoAsync("/register-organisation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        problems.AddRange(await ScanCurrentAsync(page, "/register-organisation (with errors)"));

        // The employer's milestone answer form, sent with "yes" and no hours.
        var (_, answerPath) = await EmailSamplesAsync();
        await page.GotoAsync(answerPath);
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answer" }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        problems.AddRange(await ScanCurrentAsync(page, "/employment-check (with errors)"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task PlacementFormsShowingErrors_HaveNoWcagViolations()
    {
        var page = await browser.NewPageAsync();
        var coach = await browser.App.CreateUserAsync(Roles.Coach);
        await BrowserFixture.SignInAsync(page, coach.Email!, WebAppFixture.Password);
        var samples = await PlacementSamplesAsync(Roles.Coach, coach);
        var problems = new List<string>();

        await page.GotoAsync($"/placements/{samples.Offered}/started");
        await page.GetByLabel("Hours a week agreed").FillAsync("");
        await page.GetByLabel("Hourly pay in pounds").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record started" }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        problems.AddRange(await ScanCurrentAsync(page, "start form (with errors)"));

        await page.GotoAsync($"/placements/{samples.Started}/follow-ups/{samples.CheckIn}");
        await page.Locator("#DoneOn").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the check-in" }).ClickAsync();
        Assert.True(await page.Locator(".govuk-error-summary").IsVisibleAsync());
        problems.AddRange(await ScanCurrentAsync(page, "check-in form (with errors)"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task ErrorSummaryLink_MovesFocusToTheField()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Enter your email address" }).ClickAsync();

        Assert.Equal("Email", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/register-organisation")]
    public async Task Page_At320PixelsWide_HasNoHorizontalScrolling(string path)
    {
        var page = await browser.NewPageAsync(width: 320, height: 640);
        await page.GotoAsync(path);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px at 320px wide");
    }

    private async Task<List<string>> ScanAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        if (response is null || response.Status >= 500)
        {
            return [$"{path}: answered {response?.Status}"];
        }
        return await ScanCurrentAsync(page, path);
    }

    private static async Task<List<string>> ScanCurrentAsync(IPage page, string label)
    {
        var results = await page.RunAxe(WcagAa);
        var problems = results.Violations
            .Select(v => $"{label}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        var title = await page.TitleAsync();
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add($"{label}: page has no title");
        }
        if (await page.Locator("h1").CountAsync() != 1)
        {
            problems.Add($"{label}: page should have exactly one h1");
        }
        return problems;
    }

    private async Task<List<string>> PathsFor(string role, AppUser? user)
    {
        // An employer user reaches only its own organisation's sites and opportunities, so the samples belong to it.
        var samples = await SampleIdsAsync(user?.EmployerId);
        var person = await PersonSamplesAsync(role, user);
        var importRun = await browser.App.WithDbAsync(Employment.Tests.Interchange.ImportSamples.FinishedRunAsync);
        var email = await EmailSamplesAsync();
        var placements = await PlacementSamplesAsync(role, user);
        var programme = await ProgrammeSamplesAsync(role, user);
        var referral = await ReferralSampleAsync(role, user);
        var council = await browser.App.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.LocalAuthorities, l => l.OnsCode == "E06000016"));
        var draft = await OpportunityDraftAsync(samples.Employer, samples.Site);
        var introduction = (await browser.App.WithDbAsync(db => TestData.On(db).CreatePlacementAsync(p => p.At(samples.Opportunity)))).Id;
        return Endpoints.All(browser.App.Factory.Services)
            .Where(r => r.Method is "GET" or "*" && AccessTable.Rules[r.Key].Contains(role))
            .SelectMany(r => r.Pattern switch
            {
                _ when r.Pattern.StartsWith("/job-seekers/", StringComparison.Ordinal) => JobSeekerPaths(r.Pattern, person),
                _ when r.Pattern.StartsWith("/placements/", StringComparison.Ordinal) => PlacementPaths(r.Pattern, placements),
                _ when r.Pattern.Contains("/opportunities/drafts/", StringComparison.Ordinal) => OpportunityDraftPaths(r.Pattern, draft),
                // An introduction to the employer's own opportunity, and each answer open at "introduced".
                _ when r.Pattern.StartsWith("/employer/introductions/", StringComparison.Ordinal) => IntroductionPaths(r.Pattern, introduction),
                // The employer's answer form from a real link, and the refusal a link without a token gets.
                "/employment-check" => [r.Pattern, email.AnswerPath],
                // The search for a person (results with Propose and Save), and one showing errors on its fields.
                "/coach/opportunities" => [r.Pattern, $"{r.Pattern}?person={person.Person}", $"{r.Pattern}?postcode=ZZ99+9ZZ&hoursMin=30&hoursMax=10"],
                _ => [r.Pattern],
            })
            .Select(pattern => pattern switch
            {
                "/admin/users/{id:guid}/invitation" => $"/admin/users/{samples.InvitedUser}/invitation",
                "/admin/users/{id:guid}/council" => $"/admin/users/{samples.InvitedUser}/council",
                "/admin/outbox/{id:guid}" => $"/admin/outbox/{email.OutboxEmail}",
                "/admin/imports/{id:guid}" => $"/admin/imports/{importRun}",
                "/admin/people/{id:guid}/assign" => $"/admin/people/{person.Person}/assign",
                "/error/{statusCode:int}" => "/error/404",
                "/referrals/{id:guid}" => $"/referrals/{referral}",
                "/coach/referrals/{id:guid}" => $"/coach/referrals/{referral}",
                "/admin/follow-up-plans/{id:int}" => $"/admin/follow-up-plans/{council.Id}",
                "/admin/further-education-costs/{id:int}" => $"/admin/further-education-costs/{council.Id}",
                _ when pattern.StartsWith("/coach/programmes/", StringComparison.Ordinal) || pattern.StartsWith("/college/programmes/", StringComparison.Ordinal) => pattern
                    .Replace("{id:guid}", programme.Programme.ToString(), StringComparison.Ordinal)
                    .Replace("{internId:guid}", programme.Intern.ToString(), StringComparison.Ordinal),
                _ => pattern
                    .Replace("{employerId:guid}", samples.Employer.ToString(), StringComparison.Ordinal)
                    .Replace("{siteId:guid}", samples.Site.ToString(), StringComparison.Ordinal)
                    .Replace("{opportunityId:guid}", samples.Opportunity.ToString(), StringComparison.Ordinal)
                    .Replace("/opportunities/{id:guid}", $"/opportunities/{samples.Opportunity}", StringComparison.Ordinal),
            })
            // Hangfire's dashboard (/hangfire/{**path}) is left out with the other patterns: its pages are Hangfire's, not ours.
            .Where(p => !p.StartsWith("/health", StringComparison.Ordinal) && !p.EndsWith(".json", StringComparison.Ordinal) && !p.EndsWith(".docx", StringComparison.Ordinal) && !p.EndsWith(".zip", StringComparison.Ordinal) && !p.Contains('{', StringComparison.Ordinal))
            .ToList();
    }

    private async Task<(Guid InvitedUser, Guid PendingEmployer, Guid Employer, Guid Site, Guid Opportunity)> SampleIdsAsync(Guid? employerId)
    {
        await using var scope = browser.App.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var invited = new AppUser { UserName = $"invited-{Guid.NewGuid():N}@example.test", Email = $"invited-{Guid.NewGuid():N}@example.test", DisplayName = "Invited Person" };
        await users.CreateAsync(invited);
        await users.AddToRoleAsync(invited, Roles.Coach);
        var pending = (await browser.App.TestData.CreateEmployerAsync(e => e.Pending())).Id;
        var created = await browser.App.TestData.CreateOpportunityAsync(o => o.ForEmployer(employerId));
        var (employer, site, opportunity) = (created.EmployerId, created.SiteId!.Value, created.Id);
        return (invited.Id, pending, employer, site, opportunity);
    }

    private static IEnumerable<string> IntroductionPaths(string pattern, Guid introduction) =>
        pattern.Contains("{answer:", StringComparison.Ordinal)
            ? new[] { "meet", "not-this-time", "interviewed" }.Select(a => $"/employer/introductions/{introduction}/{a}")
            : [$"/employer/introductions/{introduction}"];

    /// <summary>Every step of a careers profile draft, and each page of a person's record.</summary>
    private static IEnumerable<string> JobSeekerPaths(string pattern, (Guid Person, Guid? Draft) samples)
    {
        var withPerson = pattern.Replace("{id:guid}", samples.Person.ToString(), StringComparison.Ordinal);
        if (!pattern.Contains("{draftId:guid}", StringComparison.Ordinal))
        {
            return [withPerson];
        }
        var draft = pattern.Replace("{draftId:guid}", samples.Draft.ToString(), StringComparison.Ordinal);
        return draft.Contains("{step:", StringComparison.Ordinal)
            ? Employment.Core.JobSeekers.ProfileSteps.All.Select(step => draft[..draft.IndexOf("{step:", StringComparison.Ordinal)] + step.Slug)
            : [draft];
    }

    /// <summary>A supported internship the employer will pay, every question answered, so every page of the posting journey shows.</summary>
    private Task<Guid> OpportunityDraftAsync(Guid employerId, Guid siteId) => browser.App.WithDbAsync(async db =>
    {
        var answers = new Employment.Web.Features.Employer.Opportunities.Posting.PostingAnswers
        {
            Kind = Employment.Core.Opportunities.OpportunityKind.SupportedInternship, Title = "Kitchen assistant", SocCode = "9263",
            Description = "You wash up and prepare vegetables.", HoursPerWeek = "18", InternPaid = true,
            PayBand = Employment.Core.Opportunities.PayBand.Age18To20, HourlyPay = "11.00", SiteId = siteId, Skills = ["washing_up"],
            Adjustments = ["mentor_buddy"], InterviewGuaranteed = true, InternshipLengthMonths = "10", StudyProgrammePartner = "Leicester College",
            Answered = [.. Employment.Web.Features.Employer.Opportunities.Posting.PostingSteps.All.Select(s => s.Slug)],
        };
        var draft = new Employment.Core.Opportunities.OpportunityDraft { EmployerId = employerId, Answers = answers.ToJson(), CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        db.OpportunityDrafts.Add(draft);
        await db.SaveChangesAsync();
        return draft.Id;
    });

    /// <summary>Every question of the posting journey, Check your answers and Delete, on a draft of the sample employer.</summary>
    private static IEnumerable<string> OpportunityDraftPaths(string pattern, Guid draftId)
    {
        var draft = pattern.Replace("{draftId:guid}", draftId.ToString(), StringComparison.Ordinal);
        return draft.Contains("{step:", StringComparison.Ordinal)
            ? Employment.Web.Features.Employer.Opportunities.Posting.PostingSteps.All.Select(step => draft[..draft.IndexOf("{step:", StringComparison.Ordinal)] + step.Slug)
            : [draft];
    }

    /// <summary>Each step form on a placement at the stage that allows it, the placement page, and a check-in form.</summary>
    private static IEnumerable<string> PlacementPaths(string pattern, (Guid Introduced, Guid Offered, Guid Started, Guid CheckIn) samples)
    {
        if (pattern.Contains("{followUpId:guid}", StringComparison.Ordinal))
        {
            return [$"/placements/{samples.Started}/follow-ups/{samples.CheckIn}"];
        }
        if (pattern.Contains("{step:", StringComparison.Ordinal))
        {
            return
            [
                $"/placements/{samples.Introduced}/interviewed", $"/placements/{samples.Introduced}/declined", $"/placements/{samples.Introduced}/rejected",
                $"/placements/{samples.Offered}/started", $"/placements/{samples.Started}/ended",
                $"/placements/{samples.Started}/hours-changed", $"/placements/{samples.Started}/pay-changed",
                $"/placements/{samples.Started}/role-changed", $"/placements/{samples.Started}/still-working",
            ];
        }
        return [$"/placements/{samples.Started}"];
    }

    /// <summary>Placements of a person in the coach's caseload (or no one's, for an administrator), one started two weeks ago with a job at risk.</summary>
    private async Task<(Guid Introduced, Guid Offered, Guid Started, Guid CheckIn)> PlacementSamplesAsync(string role, AppUser? user)
    {
        var coachId = role == Roles.Coach ? user!.Id : (Guid?)null;
        var today = DateOnly.FromDateTime(DateTime.Now);
        var by = coachId ?? Guid.NewGuid();
        return await browser.App.WithDbAsync(async db =>
        {
            var introduced = await TestData.On(db).CreatePlacementAsync(p => p.ByCoach(coachId).IntroducedOn(today.AddDays(-40)));
            var offered = await TestData.On(db).CreatePlacementAsync(p => p.ByCoach(coachId).IntroducedOn(today.AddDays(-40)));
            var started = await TestData.On(db).CreatePlacementAsync(p => p.ByCoach(coachId).IntroducedOn(today.AddDays(-40)));
            foreach (var (id, steps) in new[]
            {
                (offered.Id, new Core.Placements.PlacementStep[] { new(Core.Placements.PlacementEventType.Interviewed, today.AddDays(-30)), new(Core.Placements.PlacementEventType.Offered, today.AddDays(-20)) }),
                (started.Id, [new(Core.Placements.PlacementEventType.Interviewed, today.AddDays(-30)), new(Core.Placements.PlacementEventType.Offered, today.AddDays(-20)), new(Core.Placements.PlacementEventType.Started, today.AddDays(-14), 16m, 13m)]),
            })
            {
                foreach (var step in steps)
                {
                    Assert.Empty(await Employment.Tests.Placements.PlacementSteps.RecordAsync(db, TimeProvider.System, id, step, by));
                }
            }
            var followUps = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.Include(db.FollowUps, f => f.Placement).Where(f => f.PlacementId == started.Id).OrderBy(f => f.DueOn).Take(2).ToList();
            var checkIns = new Core.Placements.CheckInRecorder(db, new Core.Audit.AuditLog(db, TimeProvider.System), TimeProvider.System);
            db.Entry(followUps[0].Placement!).Collection(p => p.Events).Load();
            Assert.Empty(await checkIns.RecordAsync(followUps[0], new Core.Placements.CheckIn(today.AddDays(-7), "Finding the early shifts hard", 2m, true, "Late twice because of the bus"), by));
            return (introduced.Id, offered.Id, started.Id, followUps[1].Id);
        });
    }

    private async Task<(Guid Person, Guid? Draft)> PersonSamplesAsync(string role, AppUser? user)
    {
        await using var scope = browser.App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Employment.Core.Data.EmploymentDbContext>();
        var coachId = role == Roles.Coach ? user!.Id : (Guid?)null;
        var person = await TestData.On(db).CreateJobSeekerAsync(s => s.InCaseloadOf(coachId));
        // An Access to Work application waiting for its decision, so the decision form is scanned with its fields.
        db.AccessToWorkApplications.Add(new() { Id = Guid.NewGuid(), JobSeekerId = person.Id, AppliedOn = DateOnly.FromDateTime(DateTime.Now.AddDays(-7)),
            Support = Employment.Core.AccessToWork.AccessToWorkSupport.JobCoachHours, RecordedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        // The coach's draft carries a plan's suggestions, so the plan review page is scanned with them.
        var draft = coachId is { } coach
            ? (await scope.ServiceProvider.GetRequiredService<Employment.Core.EhcPlans.Review.PlanReviewService>().StartDraftAsync(coach, person, PlanUploadBrowserTests.SampleReading, "plan.docx", 2048)).Value!.Id
            : (Guid?)null;
        return (person.Id, draft);
    }

    /// <summary>A referral the user made (an adviser, or a coach recording one) to their own council's team, with a question waiting.</summary>
    private async Task<Guid> ReferralSampleAsync(string role, AppUser? user)
    {
        if (role is not (Roles.Adviser or Roles.Coach))
        {
            return Guid.Empty;
        }
        await browser.App.TestData.PutInCouncilAsync(user!.Id);
        return (await browser.App.TestData.CreateReferralAsync(user.Id, r => r.Asked("Does she travel on her own?"))).Id;
    }

    /// <summary>A failed email in the outbox (so its page shows "Try again"), and an employer's unanswered milestone link.</summary>
    private async Task<(Guid OutboxEmail, string AnswerPath)> EmailSamplesAsync()
    {
        await using var scope = browser.App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Employment.Core.Data.EmploymentDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var email = Employment.Core.Email.Outbox.Queue(db, $"axe:{Guid.NewGuid():N}", "someone@example.test", "Someone", "A sample email",
            new Employment.Core.Email.EmailContent("Someone").Paragraph("A sample paragraph.").Link("A sample link", "https://example.test/a/very/long/path/that/must/wrap/on/a/narrow/screen"), clock.GetUtcNow());
        email.Status = Employment.Core.Email.OutboxStatus.Failed;
        email.LastError = "SmtpCommandException: Mailbox unavailable";
        var person = await TestData.On(db).CreateJobSeekerAsync();
        var opportunity = (await TestData.On(db).CreateOpportunityAsync()).Id;
        var followUp = new Employment.Core.Placements.FollowUp { Id = Guid.NewGuid(), Kind = Employment.Core.Placements.FollowUpKind.Milestone13Weeks, DueOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        var placement = new Employment.Core.Placements.Placement
        {
            Id = Guid.NewGuid(), JobSeekerId = person.Id, OpportunityId = opportunity, Stage = Employment.Core.Placements.PlacementEventType.Started,
            CreatedAt = clock.GetUtcNow(), FollowUps = [followUp],
        };
        db.Placements.Add(placement);
        var check = new Employment.Core.Placements.EmploymentCheck { Id = Guid.NewGuid(), PlacementId = placement.Id, FollowUpId = followUp.Id, AskedOn = followUp.DueOn };
        db.EmploymentChecks.Add(check);
        await db.SaveChangesAsync();
        var token = scope.ServiceProvider.GetRequiredService<Employment.Web.Features.Milestones.MilestoneLinks>().TokenFor(check.Id, clock.GetUtcNow().AddDays(28));
        return (email.Id, "/employment-check?token=" + Uri.EscapeDataString(token));
    }

    /// <summary>A programme the coach runs, or the college partner's college runs, with an intern who has a rotation and a note.</summary>
    private async Task<(Guid Programme, Guid Intern)> ProgrammeSamplesAsync(string role, AppUser? user)
    {
        var coachId = role == Roles.Coach ? user!.Id : (await browser.App.CreateUserAsync(Roles.Coach)).Id;
        var college = await browser.App.TestData.CreateCollegeAsync();
        if (role == Roles.College)
        {
            await browser.App.WithDbAsync(async db =>
            {
                (await db.Users.FindAsync(user!.Id))!.CollegeId = college.Id;
                return await db.SaveChangesAsync();
            });
        }
        var programme = await browser.App.TestData.CreateProgrammeAsync(coachId, p => p.WithCollege(college.Id));
        var person = await browser.App.TestData.CreateJobSeekerAsync(p => p.InCaseloadOf(coachId));
        var intern = await browser.App.TestData.CreateInternAsync(programme.Id, person.Id, i => i
            .WithRotation("Post room", programme.IntakeStartsOn, programme.IntakeStartsOn.AddDays(90), "Sorting and delivering post", "teamwork")
            .WithNote(Core.Internships.InternNoteKind.Progress, programme.IntakeStartsOn.AddDays(10), "Now sorts the post without prompting"));
        return (programme.Id, intern.Id);
    }

    private static string HomeFor(string role) => role switch
    {
        Roles.College => "/college",
        Roles.Coach => "/coach",
        Roles.Employer => "/employer",
        Roles.Adviser => "/adviser",
        _ => "/admin",
    };
}
