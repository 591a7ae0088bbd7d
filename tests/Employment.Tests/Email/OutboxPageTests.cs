using System.Net;
using Employment.Core.Accounts;
using Employment.Core.Email;
using Employment.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Employment.Tests.Email;

/// <summary>The administrator's outbox, on a site with no SMTP server set up (as in development).</summary>
public sealed class OutboxPageTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task WithoutSmtp_AnInvitationWaitsInTheOutbox_AndTheAdministratorCanReadIt()
    {
        using var admin = await AdminAsync();
        var email = $"waiting-{Guid.NewGuid():N}@example.test";

        using var invited = await Forms.PostAsync(admin, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Wai Ting", ["Email"] = email, ["Role"] = Roles.Adviser, ["EmployerId"] = "",
        });
        var invitation = await Forms.ReadAsync(await admin.GetAsync(invited.Headers.Location));
        Assert.NotNull(invitation.QuerySelector(".govuk-inset-text code"));
        var emailHref = invitation.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h!.StartsWith("/admin/outbox/", StringComparison.Ordinal))!;

        var row = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.ToAddress == email));
        Assert.Equal(OutboxStatus.Queued, row.Status);
        Assert.Contains("/accept-invite?user=", row.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=", row.HtmlBody, StringComparison.Ordinal);

        var list = await Forms.ReadAsync(await admin.GetAsync("/admin/outbox?status=queued"));
        Assert.Contains(list.QuerySelectorAll("tbody tr"), tr => tr.TextContent.Contains(email, StringComparison.Ordinal) && tr.TextContent.Contains("Waiting to send", StringComparison.Ordinal));
        var sent = await Forms.ReadAsync(await admin.GetAsync("/admin/outbox?status=sent"));
        Assert.DoesNotContain(sent.QuerySelectorAll("tbody tr"), tr => tr.TextContent.Contains(email, StringComparison.Ordinal));

        var page = await Forms.ReadAsync(await admin.GetAsync(emailHref));
        Assert.Equal("You have been invited to the employment support service", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("Choose your password", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action$='/try-again']"));
    }

    [Fact]
    public async Task AFailedEmail_ShowsWhy_AndTryAgainQueuesItOnce()
    {
        using var admin = await AdminAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var row = db.Queue($"test:{Guid.NewGuid():N}", "failed@example.test", "Failed Person", "A failed email", new EmailContent("Failed Person").Paragraph("Hi"), DateTimeOffset.UtcNow);
            row.Status = OutboxStatus.Failed;
            row.Attempts = 8;
            row.LastError = "SmtpCommandException: Mailbox unavailable";
            await db.SaveChangesAsync();
            return row.Id;
        });

        var list = await Forms.ReadAsync(await admin.GetAsync("/admin/outbox?status=failed"));
        Assert.Contains(list.QuerySelectorAll("tbody tr"), tr => tr.TextContent.Contains("Mailbox unavailable", StringComparison.Ordinal));

        using var retried = await Forms.PostAsync(admin, $"/admin/outbox/{id}", $"/admin/outbox/{id}/try-again", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var after = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id));
        Assert.Equal(OutboxStatus.Queued, after.Status);
        Assert.Equal(0, after.Attempts);

        // Only a failed email can be tried again: a second press finds nothing to change.
        var token = await Forms.AntiforgeryTokenAsync(admin, "/sign-out");
        using var again = await admin.PostAsync($"/admin/outbox/{id}/try-again", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(OutboxStatus.Queued, (await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/outbox/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task ARefusedInvitation_QueuesNoEmail()
    {
        using var admin = await AdminAsync();
        var email = $"refused-{Guid.NewGuid():N}@example.test";

        using var response = await Forms.PostAsync(admin, "/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "No Organisation", ["Email"] = email, ["Role"] = Roles.Employer, ["EmployerId"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxEmails.CountAsync(e => e.ToAddress == email)));
    }

    private async Task<HttpClient> AdminAsync()
    {
        var user = await app.CreateUserAsync(Roles.Admin);
        var client = app.CreateClient();
        await Forms.SignInAsync(client, user.Email!, WebAppFixture.Password);
        return client;
    }
}
