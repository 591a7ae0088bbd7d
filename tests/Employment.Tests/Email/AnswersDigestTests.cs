using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Tests.Infrastructure;
using Employment.Web.Features.Email;

namespace Employment.Tests.Email;

/// <summary>What a job seeker says in their own view reaches their coach's next digest once, and no other coach's.</summary>
public sealed class AnswersDigestTests(EmailAppFixture app) : IClassFixture<EmailAppFixture>
{
    private static readonly DateOnly Day1 = new(2027, 3, 1);

    [Fact]
    public async Task AnswersGoToTheirCoachsNextDigestOnce_EvenWhenARunIsSkipped_AndToNoOtherCoach()
    {
        var coach = await app.CreateUserAsync(Roles.Coach);
        var otherCoach = await app.CreateUserAsync(Roles.Coach);
        var (person, otherPerson) = await app.WithDbAsync(async db =>
            (await TestData.On(db).CreateJobSeekerAsync(s => s.InCaseloadOf(coach.Id)), await TestData.On(db).CreateJobSeekerAsync(s => s.InCaseloadOf(otherCoach.Id))));

        // Day 1: the person says their profile needs changing; the coach has no follow-ups, but still gets a digest.
        app.Clock.SetDay(Day1, 5);
        await AnswerAsync(person.Id, AnswerKind.ProfileChange, "I like animals now");
        app.Clock.SetDay(Day1, 6);
        await app.RunTheDayAsync();
        var first = Assert.Single(DigestsTo(coach));
        Assert.Equal($"Your follow-ups for {EmailDay.Words(Day1)}", first.Subject);
        Assert.Contains("What people told you in their own view", first.Text, StringComparison.Ordinal);
        Assert.Contains("Wants to change their profile", first.Text, StringComparison.Ordinal);
        Assert.Contains("I like animals now", first.Text, StringComparison.Ordinal);

        // Day 2: nothing new, so no digest. Later that day the person answers again, but day 3's run is skipped.
        app.Clock.SetDay(Day1.AddDays(1), 6);
        await app.RunTheDayAsync();
        Assert.Single(DigestsTo(coach));
        app.Clock.SetDay(Day1.AddDays(1), 15);
        await AnswerAsync(person.Id, AnswerKind.TalkAboutJob, "Can we meet on Friday");

        // Day 4: the answer from day 2 is in the digest, and the one already sent on day 1 is not.
        app.Clock.SetDay(Day1.AddDays(3), 6);
        await app.RunTheDayAsync();
        var digests = DigestsTo(coach);
        Assert.Equal(2, digests.Count);
        var second = digests.Single(m => m.Subject == $"Your follow-ups for {EmailDay.Words(Day1.AddDays(3))}");
        Assert.Contains("Can we meet on Friday", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I like animals now", second.Text, StringComparison.Ordinal);

        // Day 5: nothing new again.
        app.Clock.SetDay(Day1.AddDays(4), 6);
        await app.RunTheDayAsync();
        Assert.Equal(2, DigestsTo(coach).Count);

        // The other coach's person said nothing, so the other coach got nothing, and no one's words went astray.
        Assert.Empty(DigestsTo(otherCoach));
        Assert.All(app.Smtp.Messages(), m => Assert.Equal(coach.Email, m.To));
        Assert.DoesNotContain(app.Smtp.Messages(), m => m.Text.Contains(otherPerson.FirstName + " " + otherPerson.LastName, StringComparison.Ordinal));
        Assert.Equal(app.Smtp.Messages().Count, app.Smtp.Messages().Select(m => m.MessageId).Distinct().Count());
    }

    private List<ReceivedEmail> DigestsTo(AppUser coach) =>
        app.Smtp.Messages().Where(m => m.To == coach.Email && m.Subject.StartsWith("Your follow-ups for ", StringComparison.Ordinal)).ToList();

    private Task<int> AnswerAsync(Guid personId, AnswerKind kind, string words) => app.WithDbAsync(db =>
    {
        db.JobSeekerAnswers.Add(new JobSeekerAnswer { JobSeekerId = personId, Kind = kind, Words = words, RecordedAt = app.Clock.GetUtcNow() });
        return db.SaveChangesAsync();
    });
}
