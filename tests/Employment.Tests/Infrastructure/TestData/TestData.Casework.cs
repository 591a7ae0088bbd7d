using Employment.Core.AccessToWork;
using Employment.Core.Email;
using Employment.Core.Employers;
using Employment.Core.Interchange;

namespace Employment.Tests.Infrastructure;

public sealed partial class TestData
{
    /// <summary>An Access to Work application for job coach hours, made ten days ago and waiting for the decision.</summary>
    public Task<AccessToWorkApplication> CreateAccessToWorkApplicationAsync(Guid jobSeekerId, Guid recordedById) => SaveAsync(db =>
    {
        var now = DateTimeOffset.UtcNow;
        var application = new AccessToWorkApplication
        {
            JobSeekerId = jobSeekerId, AppliedOn = Today.AddDays(-10), Support = AccessToWorkSupport.JobCoachHours,
            RecordedById = recordedById, RecordedAt = now, UpdatedAt = now,
        };
        db.AccessToWorkApplications.Add(application);
        return Task.FromResult(application);
    });

    /// <summary>A site of the employer's in Leicester.</summary>
    public Task<EmployerSite> CreateEmployerSiteAsync(Guid employerId, string name = "Depot") => SaveAsync(db =>
    {
        var site = new EmployerSite { EmployerId = employerId, Name = name, Postcode = "LE2 7QR", Latitude = 52.62, Longitude = -1.12 };
        db.EmployerSites.Add(site);
        return Task.FromResult(site);
    });

    /// <summary>An import of people an administrator started an hour ago, interrupted when its node stopped.</summary>
    public Task<ImportRun> CreateInterruptedImportAsync(Guid startedById) => SaveAsync(db =>
    {
        var now = DateTimeOffset.UtcNow;
        var run = new ImportRun
        {
            Source = "people.csv", Status = "interrupted", StartedAt = now.AddHours(-1), StartedById = startedById,
            InterruptedAt = now.AddMinutes(-30), InterruptedReason = "the machine running it stopped",
        };
        db.ImportRuns.Add(run);
        return Task.FromResult(run);
    });

    /// <summary>An invitation email the mail server refused five times: failed, with the server's reason.</summary>
    public Task<OutboxEmail> CreateFailedEmailAsync() => SaveAsync(db =>
    {
        var now = DateTimeOffset.UtcNow;
        var email = new OutboxEmail
        {
            DedupeKey = $"test-{Guid.NewGuid():N}", ToAddress = "someone@example.test", ToName = "Someone", Subject = "You are invited",
            TextBody = "Hello", HtmlBody = "<p>Hello</p>", MessageId = $"<{Guid.NewGuid():N}@example.test>", Priority = OutboxPriority.Prompt,
            Status = OutboxStatus.Failed, Attempts = 5, NextAttemptAt = now, LastError = "550 mailbox unavailable", CreatedAt = now.AddHours(-2),
        };
        db.OutboxEmails.Add(email);
        return Task.FromResult(email);
    });
}
