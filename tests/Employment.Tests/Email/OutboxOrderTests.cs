using Employment.Core.Accounts;
using Employment.Core.Email;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Email;

/// <summary>Which emails go first, and how many go in a run, against the real SMTP sink.</summary>
public sealed class OutboxOrderTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    [Fact]
    public async Task AnInvitationQueuedAfterManyDigests_IsSentBeforeThem()
    {
        await EmptyOutboxAsync();
        var digests = await QueueAsync("digest", 6, OutboxPriority.Routine);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        using var admin = app.CreateClient();
        await Forms.SignInAsync(admin, (await app.CreateUserAsync(Roles.Admin)).Email!, WebAppFixture.Password);
        var invited = $"invited-{Guid.NewGuid():N}@example.test";
        await Forms.PostAsync(admin, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Ina Vite", ["Email"] = invited, ["Role"] = Roles.Coach, ["EmployerId"] = "",
        });

        // A server that takes one email and then stops: the one it took is the invitation, not the oldest digest.
        app.Smtp.Stop();
        app.Smtp.Start(acceptLimit: 1);
        try
        {
            Assert.Equal(1, await app.SendAsync());
            app.Smtp.WaitForExit();
        }
        finally
        {
            app.Smtp.Start();
        }
        Assert.Equal([invited], app.Smtp.Messages().Where(m => m.To == invited || digests.Contains(m.To)).Select(m => m.To));
        var invitation = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.ToAddress == invited));
        Assert.Equal(OutboxPriority.Prompt, invitation.Priority);
    }

    [Fact]
    public async Task AnEmailTheServerRefuses_DoesNotStopTheOthers_AndTheListSaysWhy()
    {
        await EmptyOutboxAsync();
        var refused = await QueueAsync("refused", 1, OutboxPriority.Prompt);
        var others = await QueueAsync("fine", 3, OutboxPriority.Routine);

        Assert.Equal(3, await app.SendAsync());

        Assert.Equal(others.Order(), app.Smtp.Messages().Where(m => others.Contains(m.To)).Select(m => m.To).Order());
        var row = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.ToAddress == refused[0]));
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("No such mailbox", row.LastError, StringComparison.Ordinal);

        using var admin = app.CreateClient();
        await Forms.SignInAsync(admin, (await app.CreateUserAsync(Roles.Admin)).Email!, WebAppFixture.Password);
        var list = await Forms.ReadAsync(await admin.GetAsync("/admin/outbox?status=queued"));
        var line = Assert.Single(list.QuerySelectorAll("tbody tr"), tr => tr.TextContent.Contains(refused[0], StringComparison.Ordinal));
        Assert.Contains("Waiting to send", line.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tried 1 time", line.TextContent, StringComparison.Ordinal);
        Assert.Contains("No such mailbox", line.TextContent, StringComparison.Ordinal);
        var page = await Forms.ReadAsync(await admin.GetAsync($"/admin/outbox/{row.Id}"));
        Assert.Contains("No such mailbox", page.Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Each test reads the queue alone: the other test's leftovers would change what a run sends.</summary>
    private Task<int> EmptyOutboxAsync() => app.WithDbAsync(db => db.OutboxEmails.ExecuteDeleteAsync());

    private async Task<List<string>> QueueAsync(string label, int count, OutboxPriority priority)
    {
        var addresses = Enumerable.Range(1, count).Select(i => $"{label}-{i}-{Guid.NewGuid():N}@example.test").ToList();
        await app.WithDbAsync(db =>
        {
            foreach (var address in addresses)
            {
                db.Queue($"test:{address}", address, "Test person", $"Test {label}", new EmailContent("Test person").Paragraph("A test email."), app.Clock.GetUtcNow(), priority);
            }
            return db.SaveChangesAsync();
        });
        return addresses;
    }
}
