using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Contacts;
using Employment.Tests.Accounts;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Contacts;

/// <summary>Two coaches answering the same follow-up at the same moment, over real HTTP.</summary>
public sealed class ConcurrentContactTests(LiveSiteFixture site) : IClassFixture<LiveSiteFixture>
{
    private const int AtOnce = 6;

    [Fact]
    public async Task SameFollowUpCompletedSixTimesAtOnce_IsCompletedOnce_AndTheOthersAreToldPlainly()
    {
        var app = site.App;
        var today = DateOnly.FromDateTime(DateTime.Now);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var placement = await ContactPagesTests.StartedAsync(app, coach.Id, today.AddDays(-30));
        var due = await app.WithDbAsync(db => db.FollowUps.Where(f => f.PlacementId == placement.Id && f.DueOn <= today).OrderBy(f => f.DueOn).Select(f => f.Id).FirstAsync());
        var form = $"/job-seekers/{placement.JobSeekerId}/contacts/new";
        using var client = app.CreateClient();
        await Forms.SignInAsync(client, coach.Email!, WebAppFixture.Password);
        var token = await Forms.AntiforgeryTokenAsync(client, form);

        var responses = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(i =>
        {
            var fields = ContactPagesTests.Fields("phone_call", "Reached", today, $"Call {i}", followUpId: due);
            fields["__RequestVerificationToken"] = token;
            return client.PostAsync(form, new FormUrlEncodedContent(fields));
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Redirect))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var message = Assert.Single(Forms.ErrorSummary(await Forms.ReadAsync(refused)));
            Assert.Contains(message, new[] { ContactLogService.SomeoneElseCompletedIt, "That follow-up is already recorded or not needed: choose another, or none" });
        }
        var (entries, completedBy) = await app.WithDbAsync(async db => (
            await db.ContactEntries.CountAsync(c => c.JobSeekerId == placement.JobSeekerId),
            await db.ContactEntries.CountAsync(c => c.FollowUpId == due)));
        Assert.Equal((1, 1), (entries, completedBy));
    }
}
