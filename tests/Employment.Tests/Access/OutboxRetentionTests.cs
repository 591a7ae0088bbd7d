using Employment.Core.Accounts;
using Employment.Core.Email;
using Employment.Core.JobSeekers;
using Employment.Tests.Email;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Admin.Retention;
using Employment.Web.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.Access;

/// <summary>Emails do not keep copies of people: erasure empties every email about the person, and old emails lose their text.</summary>
public sealed class OutboxRetentionTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    [Fact]
    public async Task Erasure_LeavesNoOutboxEmailWithThePersonsNameOrWords_DigestsIncluded()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var admin = await app.CreateUserAsync(Roles.Admin);
        var person = await app.WithDbAsync(db => TestData.On(db).CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id)));
        const string words = "I would love to work with horses";
        await app.WithDbAsync(db =>
        {
            db.JobSeekerAnswers.Add(new JobSeekerAnswer { JobSeekerId = person.Id, Kind = AnswerKind.ProfileChange, Words = words, RecordedAt = app.Clock.GetUtcNow().AddHours(-1) });
            return db.SaveChangesAsync();
        });
        await app.RunAsync<DailyDigestJob>(j => j.ExecuteAsync(CancellationToken.None));
        await app.SendAsync();
        var fullName = $"{person.FirstName} {person.LastName}";
        // An email queued before emails recorded who they were about: found by the name.
        await app.WithDbAsync(db =>
        {
            db.Queue($"older:{Guid.NewGuid():N}", coach.Email!, "Coach", "An older note", new EmailContent("Coach").Paragraph($"{fullName} has a meeting"), app.Clock.GetUtcNow());
            return db.SaveChangesAsync();
        });
        var digest = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.ToAddress == coach.Email && e.DedupeKey.StartsWith("digest:")));
        Assert.Contains(words, digest.TextBody, StringComparison.Ordinal);
        Assert.Contains(fullName, digest.TextBody, StringComparison.Ordinal);

        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Erasure>().EraseAsync(person.Id, admin.Id));
        }

        var left = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(e => e.ToAddress == coach.Email).ToListAsync());
        Assert.All(left, e =>
        {
            var all = e.Subject + e.TextBody + e.HtmlBody;
            Assert.DoesNotContain(person.LastName, all, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(words, all, StringComparison.OrdinalIgnoreCase);
        });
        var emptied = Assert.Single(left, e => e.Id == digest.Id);
        Assert.Equal(OutboxStatus.Sent, emptied.Status);
        Assert.NotNull(emptied.BodyRemovedAt);
        Assert.DoesNotContain(left, e => e.Subject == "An older note"); // never sent, so not sent now

        using var adminClient = app.CreateClient();
        await Forms.SignInAsync(adminClient, admin.Email!, WebAppFixture.Password);
        var page = await (await adminClient.GetAsync($"/admin/outbox/{digest.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("The text of this email was removed on", page, StringComparison.Ordinal);
        Assert.DoesNotContain(person.LastName, page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RetentionJob_RemovesTheTextOfEmailsSentLongerAgoThanTheStatedDays_AndKeepsTheRest()
    {
        var days = new RetentionOptions().OutboxBodyDays;
        var now = app.Clock.GetUtcNow();
        var (old, recent, waiting) = await app.WithDbAsync(async db =>
        {
            var old = db.Queue($"old:{Guid.NewGuid():N}", "a@example.test", "A", "Old", new EmailContent("A").Paragraph("Old words"), now.AddDays(-days - 2));
            old.Status = OutboxStatus.Sent;
            old.SentAt = now.AddDays(-days - 1);
            var recent = db.Queue($"recent:{Guid.NewGuid():N}", "b@example.test", "B", "Recent", new EmailContent("B").Paragraph("Recent words"), now.AddDays(-days));
            recent.Status = OutboxStatus.Sent;
            recent.SentAt = now.AddDays(-days + 1);
            var waiting = db.Queue($"waiting:{Guid.NewGuid():N}", "c@example.test", "C", "Waiting", new EmailContent("C").Paragraph("Waiting words"), now.AddDays(-days - 5));
            await db.SaveChangesAsync();
            return (old.Id, recent.Id, waiting.Id);
        });

        await app.RunAsync<RetentionJob>(j => j.ExecuteAsync(CancellationToken.None));

        var after = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(e => e.Id == old || e.Id == recent || e.Id == waiting).ToDictionaryAsync(e => e.Id));
        Assert.Equal("", after[old].TextBody);
        Assert.Equal("", after[old].HtmlBody);
        Assert.Equal("Old", after[old].Subject);
        Assert.Contains("Recent words", after[recent].TextBody, StringComparison.Ordinal);
        Assert.Contains("Waiting words", after[waiting].TextBody, StringComparison.Ordinal);
    }
}
