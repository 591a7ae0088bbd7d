using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Email;
using Employment.Core.JobSeekers;
using Employment.Core.Referrals;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Referrals;

/// <summary>The referral form and the team's decisions: plain errors, hostile input, two at once, and the person's data rights.</summary>
public sealed class ReferralWriteTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AnEmptyForm_GetsAPlainErrorOnEachField_AndSavesNothing()
    {
        var (client, adviser) = await SignedInAsync(Roles.Adviser);
        var response = await Forms.PostAsync(client, "/referrals/new", "/referrals/new", new Dictionary<string, string> { ["Form.SubmissionKey"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ReadAsync(response);
        Assert.Equal("Enter the person's first name", Forms.FieldError(page, "Form_FirstName") ?? Forms.FieldError(page, "Form.FirstName"));
        var summary = Forms.ErrorSummary(page);
        Assert.Contains("Enter their date of birth", summary);
        Assert.Contains("Enter the person's home postcode", summary);
        Assert.Contains("Say what the person wants help with", summary);
        Assert.Contains("Give at least one way to contact the person: an email address, a phone number, or how to reach them", summary);
        Assert.Contains("Select whether the person agreed to their details being shared", summary);
        Assert.False(await app.WithDbAsync(db => db.Referrals.AnyAsync(r => r.ReferredById == adviser.Id)));
    }

    [Fact]
    public async Task NoConsent_IsRefusedInPlainEnglish()
    {
        var (client, adviser) = await SignedInAsync(Roles.Adviser);
        var fields = ReferralForms.Valid(await app.TestData.PutInCouncilAsync(adviser.Id));
        fields["Form.ConsentToShare"] = "no";
        var page = await Forms.ReadAsync(await Forms.PostAsync(client, "/referrals/new", "/referrals/new", fields));

        Assert.Equal([ReferralService.NoConsent.Message], Forms.ErrorSummary(page));
        Assert.False(await app.WithDbAsync(db => db.Referrals.AnyAsync(r => r.ReferredById == adviser.Id)));
    }

    [Fact]
    public async Task HostileInput_IsRefusedWhenTooLong_AndShownAsTextWhenKept()
    {
        var (client, adviser) = await SignedInAsync(Roles.Adviser);
        var council = await app.TestData.PutInCouncilAsync(adviser.Id);
        var tooLong = ReferralForms.Valid(council);
        tooLong["Form.WhatTheyWant"] = new string('x', ReferralLimits.LongText + 1);
        tooLong["Form.FirstName"] = new string('y', 101);
        tooLong["Form.LocalAuthorityId"] = "'; drop table referrals; --";
        var refused = Forms.ErrorSummary(await Forms.ReadAsync(await Forms.PostAsync(client, "/referrals/new", "/referrals/new", tooLong)));
        Assert.Contains($"What they want must be {ReferralLimits.LongText} characters or fewer", refused);
        Assert.Contains("First name must be 100 characters or fewer", refused);
        Assert.Contains("Select the council whose team you are referring the person to", refused);

        var hostile = ReferralForms.Valid(council, first: "<script>alert(1)</script>", last: "O'Brien");
        hostile["Form.WhatTheyWant"] = "<img src=x onerror=alert(1)> a job";
        var sent = await Forms.PostAsync(client, "/referrals/new", "/referrals/new", hostile);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var html = await (await client.GetAsync(sent.Headers.Location)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoach_RecordsAReferralFromHealth_ForTheirOwnCouncilsTeam()
    {
        var (client, coach) = await SignedInAsync(Roles.Coach);
        var council = await app.TestData.PutInCouncilAsync(coach.Id);
        var fields = ReferralForms.Valid(council, first: "Nell", last: "Recorded");
        fields.Remove("Form.LocalAuthorityId");
        var noSource = await Forms.ReadAsync(await Forms.PostAsync(client, "/referrals/new", "/referrals/new", fields));
        Assert.Equal(["Select who referred the person"], Forms.ErrorSummary(noSource));

        fields["Form.Source"] = nameof(ReferralSource.Health);
        fields["Form.ReferrerDetails"] = "Community learning disability nurse";
        var sent = await Forms.PostAsync(client, "/referrals/new", "/referrals/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var saved = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.ReferredById == coach.Id));
        Assert.Equal((ReferralSource.Health, council, "Community learning disability nurse", "ST4 2RU"), (saved.Source, saved.LocalAuthorityId, saved.ReferrerDetails, saved.Postcode));
        var queue = await Forms.ReadAsync(await client.GetAsync("/coach/referrals"));
        Assert.Single(queue.QuerySelectorAll($"[data-referral='{saved.Id}']"));
    }

    [Fact]
    public async Task TheSameFormSentTwice_MakesOneReferral()
    {
        var (client, adviser) = await SignedInAsync(Roles.Adviser);
        var fields = ReferralForms.Valid(await app.TestData.PutInCouncilAsync(adviser.Id), key: Guid.NewGuid().ToString());
        var first = await Forms.PostAsync(client, "/referrals/new", "/referrals/new", fields);
        var again = await Forms.PostAsync(client, "/referrals/new", "/referrals/new", fields);
        var atOnce = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Forms.PostAsync(client, "/referrals/new", "/referrals/new", fields)));

        Assert.All(atOnce.Append(first).Append(again), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.All(atOnce.Append(again), r => Assert.Equal(first.Headers.Location, r.Headers.Location));
        Assert.Equal(1, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.ReferredById == adviser.Id)));
    }

    [Fact]
    public async Task TwoCoachesAcceptingAtOnce_MakeOnePerson_AndTheSecondIsToldItWasDecided()
    {
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var referral = await app.TestData.CreateReferralAsync(adviser.Id, r => r.Named("Priya", "Twice"));
        var (first, second) = (await app.CreateUserAsync(Roles.Coach), await app.CreateUserAsync(Roles.Coach));
        await using var one = app.Factory.Services.CreateAsyncScope();
        await using var two = app.Factory.Services.CreateAsyncScope();
        // Both coaches have the referral open, waiting, before either accepts.
        var seenByFirst = await one.ServiceProvider.GetRequiredService<Core.Data.EmploymentDbContext>().Referrals.SingleAsync(r => r.Id == referral.Id);
        var seenBySecond = await two.ServiceProvider.GetRequiredService<Core.Data.EmploymentDbContext>().Referrals.SingleAsync(r => r.Id == referral.Id);

        var results = await Task.WhenAll(
            one.ServiceProvider.GetRequiredService<ReferralService>().AcceptAsync(seenByFirst, first.Id, null),
            two.ServiceProvider.GetRequiredService<ReferralService>().AcceptAsync(seenBySecond, second.Id, null));

        Assert.Single(results, r => r.Succeeded);
        Assert.Equal([ReferralService.AlreadyDecided], results.Single(r => !r.Succeeded).Problems);
        Assert.Equal(1, await app.WithDbAsync(db => db.JobSeekers.CountAsync(j => j.FirstName == "Priya" && j.LastName == "Twice")));
        var saved = await app.WithDbAsync(db => db.Referrals.Include(r => r.Events).SingleAsync(r => r.Id == referral.Id));
        Assert.Equal(ReferralStatus.Accepted, saved.Status);
        Assert.Single(saved.Events, e => e.Kind == ReferralEventKind.Accepted);
        var person = await app.WithDbAsync(db => db.JobSeekers.SingleAsync(j => j.Id == saved.JobSeekerId));
        Assert.Equal(saved.DecidedById, person.CoachId);
    }

    [Fact]
    public async Task AskingAndAnswering_GoesBackAndForth_AndTheReferrerIsEmailedWithoutTheName()
    {
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var coach = await app.CreateUserAsync(Roles.Coach);
        await app.TestData.PutInCouncilAsync(coach.Id);
        var referral = await app.TestData.CreateReferralAsync(adviser.Id, r => r.Named("Mo", "Questioned"));
        using var coachClient = app.CreateClient();
        await Forms.SignInAsync(coachClient, coach.Email!, WebAppFixture.Password);
        var intake = $"/coach/referrals/{referral.Id}";

        var empty = await Forms.ReadAsync(await Forms.PostAsync(coachClient, intake, $"{intake}/ask", new Dictionary<string, string> { ["Question.Text"] = " " }));
        Assert.Equal(["Enter what you need to know from the referrer"], Forms.ErrorSummary(empty));
        var asked = await Forms.PostAsync(coachClient, intake, $"{intake}/ask", new Dictionary<string, string> { ["Question.Text"] = "Can he get to Hinckley?" });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        using var adviserClient = app.CreateClient();
        await Forms.SignInAsync(adviserClient, adviser.Email!, WebAppFixture.Password);
        var page = $"/referrals/{referral.Id}";
        Assert.Contains("Can he get to Hinckley?", (await Forms.ReadAsync(await adviserClient.GetAsync(page))).Body!.TextContent, StringComparison.Ordinal);
        var answered = await Forms.PostAsync(adviserClient, page, $"{page}/answer", new Dictionary<string, string> { ["Answer.Text"] = "Yes, by bus" });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        // The viewing coaches are not shown to the referrer.
        Assert.DoesNotContain("Viewed", (await Forms.ReadAsync(await adviserClient.GetAsync(page))).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var declined = await Forms.PostAsync(coachClient, intake, $"{intake}/decline", new Dictionary<string, string> { ["Decline.Reason"] = "He lives outside Leicester" });
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var decided = await Forms.ReadAsync(await adviserClient.GetAsync(page));
        Assert.Equal("Declined", decided.QuerySelector("main .govuk-tag")!.TextContent);
        Assert.Contains("He lives outside Leicester", decided.Body!.TextContent, StringComparison.Ordinal);

        var saved = await app.WithDbAsync(db => db.Referrals.Include(r => r.Events).SingleAsync(r => r.Id == referral.Id));
        Assert.Equal(
            [ReferralEventKind.Received, ReferralEventKind.QuestionAsked, ReferralEventKind.Answered, ReferralEventKind.Declined],
            saved.Events.Where(e => e.Kind != ReferralEventKind.Viewed).OrderBy(e => e.At).Select(e => e.Kind));
        Assert.Contains(saved.Events, e => e.Kind == ReferralEventKind.Viewed && e.ByUserId == coach.Id);
        var emails = await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.ToAddress == adviser.Email).ToListAsync());
        Assert.Equal(2, emails.Count);
        Assert.All(emails, e => Assert.DoesNotContain("Questioned", e.Subject + e.TextBody, StringComparison.Ordinal));
        Assert.All(emails, e => Assert.Contains(saved.Reference, e.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubjectAccess_IncludesTheReferral_AndErasureRemovesWhatIdentifiesThePerson()
    {
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var referral = await app.TestData.CreateReferralAsync(adviser.Id, r => r.Named("Lena", "Erasable").With(x => x.Email = "lena@example.test"));
        var personId = await ReferralWalk.AcceptAsync(app, referral.Id, coach.Id);
        await using var scope = app.Factory.Services.CreateAsyncScope();

        var report = (await scope.ServiceProvider.GetRequiredService<SubjectAccess>().ReportAsync(personId))!;
        var held = Assert.Single(report.Referrals);
        Assert.Equal(("Lena", "Erasable", "lena@example.test", "Jobcentre Plus"), (held.FirstName, held.LastName, held.Email, held.Source));
        Assert.Contains(held.Events, e => e.What == "Accepted");
        Assert.Contains(report.WhoHasSeenOrChangedIt, a => a.Action == AuditLog.Created && a.Detail!.Contains(referral.Id.ToString("N")[..8].ToUpperInvariant(), StringComparison.Ordinal));

        Assert.True(await scope.ServiceProvider.GetRequiredService<Erasure>().EraseAsync(personId, null));
        var erased = await app.WithDbAsync(db => db.Referrals.Include(r => r.Events).SingleAsync(r => r.Id == referral.Id));
        Assert.Equal(("", "", null, null, ""), (erased.FirstName, erased.LastName, erased.Email, erased.Phone, erased.WhatTheyWant));
        Assert.NotNull(erased.ErasedAt);
        Assert.Equal((ReferralStatus.Accepted, ReferralSource.JobcentrePlus), (erased.Status, erased.Source));
        Assert.Equal(new DateOnly(2001, 7, 1), erased.DateOfBirth);
        Assert.All(erased.Events, e => Assert.Null(e.Text));
        Assert.False(await app.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.TextBody.Contains("Erasable"))));
    }

    private async Task<(HttpClient, AppUser)> SignedInAsync(string role)
    {
        var user = await app.CreateUserAsync(role);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return (client, user);
    }
}
