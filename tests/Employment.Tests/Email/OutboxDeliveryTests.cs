using Employment.Core.Email;
using Employment.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Email;

/// <summary>Faults between the outbox and the SMTP server: nothing lost while it is down, nothing sent twice after.</summary>
public sealed class OutboxDeliveryTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    [Fact]
    public async Task SmtpDown_EmailsWaitInTheOutbox_ThenEachIsDeliveredOnceWhenItIsBack()
    {
        var batch = await QueueAsync("down", 3);
        app.Smtp.Stop();
        try
        {
            Assert.Equal(0, await app.SendAsync());
            var waiting = await RowsAsync(batch);
            Assert.Single(waiting, e => e.Attempts == 1 && e.Status == OutboxStatus.Queued && e.LastError is not null && e.NextAttemptAt > app.Clock.GetUtcNow());
            Assert.All(waiting, e => Assert.Equal(OutboxStatus.Queued, e.Status));

            // Still down an hour later: another attempt, still waiting.
            app.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(0, await app.SendAsync());
            Assert.All(await RowsAsync(batch), e => Assert.Equal(OutboxStatus.Queued, e.Status));
        }
        finally
        {
            app.Smtp.Start();
        }

        app.Clock.Advance(TimeSpan.FromHours(1));
        await app.SendAsync();
        await app.SendAsync();

        Assert.All(await RowsAsync(batch), e => Assert.Equal(OutboxStatus.Sent, e.Status));
        Assert.Equal(3, Received(batch).Count);
        Assert.Equal(3, Received(batch).Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task ServerDiesAfterOneOfThree_TheRetrySendsOnlyTheOtherTwo()
    {
        var batch = await QueueAsync("halfway", 3);
        app.Smtp.Stop();
        app.Smtp.Start(acceptLimit: 1);
        try
        {
            Assert.Equal(1, await app.SendAsync());
            app.Smtp.WaitForExit();
            var rows = await RowsAsync(batch);
            Assert.Equal(1, rows.Count(e => e.Status == OutboxStatus.Sent));
            Assert.Equal(2, rows.Count(e => e.Status == OutboxStatus.Queued));
        }
        finally
        {
            app.Smtp.Start();
        }

        // The retry after the backoff, and again: the first email is not sent a second time.
        app.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, await app.SendAsync());
        Assert.Equal(0, await app.SendAsync());
        var received = Received(batch);
        Assert.Equal(3, received.Count);
        Assert.Equal(batch.Order(), received.Select(m => m.To).Order());
    }

    [Fact]
    public async Task SendInterruptedBeforeItWasMarked_IsNotResentButFailedForAnAdministratorToCheck()
    {
        var batch = await QueueAsync("interrupted", 1);
        // As a crash leaves it: claimed, perhaps sent, never marked.
        await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.ToAddress == batch[0])
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, OutboxStatus.Sending).SetProperty(e => e.ClaimedAt, app.Clock.GetUtcNow()).SetProperty(e => e.Attempts, 1)));

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.SendAsync();
        Assert.Equal(OutboxStatus.Sending, (await RowsAsync(batch)).Single().Status);

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await app.SendAsync();
        var row = (await RowsAsync(batch)).Single();
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(SendOutboxJob.StoppedWhileSending, row.LastError);
        Assert.Empty(Received(batch));
    }

    [Fact]
    public async Task AnEmailThatKeepsFailing_IsMarkedFailedAfterTheLastAttempt()
    {
        var batch = await QueueAsync("gives-up", 1);
        app.Smtp.Stop();
        try
        {
            for (var attempt = 0; attempt < 8; attempt++)
            {
                await app.SendAsync();
                app.Clock.Advance(TimeSpan.FromHours(7));
            }
        }
        finally
        {
            app.Smtp.Start();
        }
        var row = (await RowsAsync(batch)).Single();
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(8, row.Attempts);
        Assert.Contains("Exception", row.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await app.SendAsync());
        Assert.Empty(Received(batch));
    }

    [Fact]
    public async Task QueueingTheSameKeyTwice_AddsOneEmail()
    {
        var key = $"test:{Guid.NewGuid():N}";
        var first = await app.WithDbAsync(async db =>
        {
            var added = await db.QueueOnceAsync(key, "once@example.test", "Once", "Once", new EmailContent("Once").Paragraph("Hi"), app.Clock.GetUtcNow(), OutboxPriority.Routine);
            await db.SaveChangesAsync();
            return added;
        });
        var second = await app.WithDbAsync(async db =>
        {
            var added = await db.QueueOnceAsync(key, "once@example.test", "Once", "Once", new EmailContent("Once").Paragraph("Hi"), app.Clock.GetUtcNow(), OutboxPriority.Routine);
            await db.SaveChangesAsync();
            return added;
        });
        Assert.True(first);
        Assert.False(second);
        // Even past the check (two jobs racing), the database's unique key refuses the second row.
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(db =>
        {
            db.Queue(key, "once@example.test", "Once", "Once", new EmailContent("Once"), app.Clock.GetUtcNow(), OutboxPriority.Routine);
            return db.SaveChangesAsync();
        }));
        // Not for sending: the other tests here count what the server receives.
        await app.WithDbAsync(db => db.OutboxEmails.Where(e => e.DedupeKey == key).ExecuteDeleteAsync());
    }

    private async Task<List<string>> QueueAsync(string label, int count)
    {
        var addresses = Enumerable.Range(1, count).Select(i => $"{label}-{i}-{Guid.NewGuid():N}@example.test").ToList();
        await app.WithDbAsync(db =>
        {
            foreach (var address in addresses)
            {
                db.Queue($"test:{address}", address, "Test person", $"Test {label}", new EmailContent("Test person").Paragraph("A test email."), app.Clock.GetUtcNow(), OutboxPriority.Routine);
            }
            return db.SaveChangesAsync();
        });
        return addresses;
    }

    private Task<List<OutboxEmail>> RowsAsync(List<string> addresses) =>
        app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().Where(e => addresses.Contains(e.ToAddress)).ToListAsync());

    private List<ReceivedEmail> Received(List<string> addresses) => app.Smtp.Messages().Where(m => addresses.Contains(m.To)).ToList();
}
