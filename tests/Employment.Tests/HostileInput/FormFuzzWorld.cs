extern alias cli;

using cli::Employment.Cli;
using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Core.Opportunities.Search;
using Employment.Tests.EhcPlans;
using Employment.Tests.Infrastructure;
using Employment.Tests.Matching.Pages;
using Employment.Tests.Security;
using Employment.Web.Features.Employer.Opportunities.Posting;
using Employment.Web.Features.Milestones;
using Employment.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Tests.HostileInput;

/// <summary>Who walks the site in the fuzz test: a role (or a link-holder), signed in as a user or not, and the pages they open first.</summary>
internal sealed record Visitor(string Role, AppUser? User, IReadOnlyList<string> Starts);

/// <summary>
/// A world in which every form of the site is on some page: something of each kind waiting for each role's answer
/// (a referral to decide and one with a question, an introduction waiting for the employer, an Access to Work
/// application, a programme with an intern, drafts, an interrupted import, a failed email, a disabled and a locked
/// account, a council's own follow-up plan) and the links people are sent (personal, milestone, invitation, reset).
/// </summary>
internal static class FormFuzzWorld
{
    public static async Task<IReadOnlyList<Visitor>> CreateAsync(WebAppFixture app)
    {
        var data = app.TestData;
        var today = TestData.Today;
        var now = DateTimeOffset.UtcNow;
        var services = app.Factory.Services;
        var linkTo = services.GetRequiredService<SiteLinks>();

        var admin = await app.CreateUserAsync(Roles.Admin);
        var coach = await app.CreateUserAsync(Roles.Coach);
        var adviser = await app.CreateUserAsync(Roles.Adviser);
        var council = await data.PutInCouncilAsync(admin.Id);
        await data.PutInCouncilAsync(coach.Id);
        await data.PutInCouncilAsync(adviser.Id);
        await app.CreateUserAsync(Roles.Employer, approval: Core.Employers.ApprovalStatus.Pending);

        // A person and a job that suits them nearby: matches, suggestions, the person's own view of jobs.
        var place = MatchWorld.Centre(9);
        var (person, job) = await app.WithDbAsync(async db => (await place.PersonAsync(db, coach.Id), await MatchWorld.OpportunityAsync(db, place, "Shelf stacker", 0.01)));
        var employerUser = await app.CreateUserAsync(Roles.Employer, job.EmployerId);
        var employerId = job.EmployerId;
        var opportunity = await data.CreateOpportunityAsync(o => o.ForEmployer(employerId).PostedOn(today.AddDays(-10)));
        await data.CreateOpportunityAsync(o => o.ForEmployer(employerId).PostedOn(today.AddDays(-60)).With(x => x.ClosedOn = today.AddDays(-5)));
        await data.CreateEmployerSiteAsync(employerId);

        // A started placement with a check-in due and an employer's milestone question; an introduction waiting for the employer.
        var placed = await data.CreatePlacementAsync(p => p.ForNewJobSeeker(j => j.InCaseloadOf(coach.Id)).At(opportunity.Id).ByCoach(coach.Id).IntroducedOn(today.AddDays(-40))
            .Then(PlacementEventType.Interviewed, today.AddDays(-35)).Then(PlacementEventType.Offered, today.AddDays(-30))
            .Then(PlacementEventType.Started, today.AddDays(-28), hoursPerWeek: 16, hourlyPay: 13m));
        var checkId = await app.WithDbAsync(async db =>
        {
            db.FollowUps.Add(new FollowUp { PlacementId = placed.Id, Kind = FollowUpKind.CoachCheckIn, DueOn = today.AddDays(-21) });
            var milestone = new FollowUp { PlacementId = placed.Id, Kind = FollowUpKind.Milestone13Weeks, DueOn = today.AddDays(-1) };
            db.FollowUps.Add(milestone);
            await db.SaveChangesAsync();
            var check = new EmploymentCheck { PlacementId = placed.Id, FollowUpId = milestone.Id, AskedOn = today.AddDays(-1) };
            db.EmploymentChecks.Add(check);
            await db.SaveChangesAsync();
            return check.Id;
        });
        await data.CreatePlacementAsync(p => p.ForNewJobSeeker(j => j.InCaseloadOf(coach.Id)).At(opportunity.Id).ByCoach(coach.Id).IntroducedOn(today.AddDays(-3)));

        // The coach's other people: one paused, one who has not consented, one waiting for Access to Work, one on an internship.
        var paused = await data.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).PausedOn(today.AddDays(-2)).With(x => x.PauseReason = PauseReason.Health));
        var notConsenting = await data.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id).WithoutConsent());
        var applicant = await data.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id));
        await data.CreateAccessToWorkApplicationAsync(applicant.Id, coach.Id);
        var programme = await data.CreateProgrammeAsync(coach.Id, p => p.HostedBy(employerId));
        var intern = await data.CreateInternAsync(programme.Id, (await data.CreateJobSeekerAsync(p => p.InCaseloadOf(coach.Id))).Id);
        var collegeUser = await data.CreateUserAsync(Roles.College, u => u.ForCollege(programme.CollegeId));

        // Referrals: one for the coach's team to decide, one the team asked the adviser about.
        var received = await data.CreateReferralAsync(adviser.Id);
        var asked = await data.CreateReferralAsync(adviser.Id, r => r.Asked("Which days suit them?", coach.Id));

        // Drafts: an opportunity left half way and one with every answer (its check page), a person, a person from an uploaded plan.
        await using (var scope = services.CreateAsyncScope())
        {
            var drafts = scope.ServiceProvider.GetRequiredService<OpportunityDraftService>();
            await drafts.StartAsync(employerId, new PostingAnswers { Kind = OpportunityKind.PaidJob, Title = "Kitchen porter" }.ToJson());
            // Two with every answer: the employer posts one while fuzzing its check page, the coach the other.
            await drafts.StartAsync(employerId, EveryAnswer().ToJson());
            await drafts.StartAsync(employerId, EveryAnswer().ToJson());
            await scope.ServiceProvider.GetRequiredService<CareersProfileService>().StartDraftAsync(coach.Id, null);
        }
        string planReview;
        using (var coachClient = app.CreateClient())
        {
            await Forms.SignInAsync(coachClient, coach.Email!, WebAppFixture.Password);
            using var uploaded = await PlanUploadPageTests.UploadAsync(coachClient, linkTo.UploadPlan(), PlanUploadPageTests.GeneratedPlan(), "plan.docx");
            planReview = uploaded.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"The plan upload answered {(int)uploaded.StatusCode}");
        }
        await app.WithDbAsync(db =>
        {
            db.SavedSearches.Add(new SavedSearch { JobSeekerId = person.Id, Words = "shelf", SavedById = coach.Id, SavedAt = now });
            return db.SaveChangesAsync();
        });

        // The administrator's things to put right: an interrupted import, a failed email, a disabled and a locked account, the council's own follow-up plan.
        var import = await data.CreateInterruptedImportAsync(admin.Id);
        var failedEmail = await data.CreateFailedEmailAsync();
        var disabled = await app.CreateUserAsync(Roles.Coach);
        var locked = await app.CreateUserAsync(Roles.Coach);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.FindAsync(disabled.Id))!.DisabledAt = now;
            db.Set<FollowUpPlan>().Add(new FollowUpPlan { LocalAuthorityId = council, CheckInWeeks = [1, 2, 4], MonthlyUntilWeek = 52, InternshipPromptWeeksBeforeEnd = 8, UpdatedAt = now });
            return await db.SaveChangesAsync();
        });

        // The links people are sent: the person's own, the employer's milestone question, an invitation, a password reset.
        string personalLink, milestoneLink, invitationLink = "", resetLink;
        await using (var scope = services.CreateAsyncScope())
        {
            var provider = scope.ServiceProvider;
            TestData.Check(await provider.GetRequiredService<UserManager<AppUser>>().SetLockoutEndDateAsync((await provider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(locked.Id.ToString()))!, now.AddYears(100)));
            personalLink = linkTo.OpenPersonalLink((await provider.GetRequiredService<PersonalLinkService>().CreateAsync(person.Id, coach.Id)).Token);
            milestoneLink = linkTo.EmploymentCheck(provider.GetRequiredService<MilestoneLinks>().TokenFor(checkId, now.AddDays(30)));
            await provider.GetRequiredService<InvitationService>().InviteAsync(
                new Invitation("Invited Person", $"invited-{Guid.NewGuid():N}@example.test", Roles.Coach, null), admin.Id, (user, token) => invitationLink = linkTo.AcceptInvite(user.Id, token));
        }
        var resetToken = await app.WithDbAsync(db => UsersCommand.CreateAsync(db, $"reset-{Guid.NewGuid():N}@example.test", "Reset Person", now, CancellationToken.None));
        resetLink = linkTo.ResetPassword(resetToken!);

        // Administrators last: what they do (disable, change a role, assign) would change what the others see.
        return
        [
            new(AccessTable.Anonymous, null, [milestoneLink, invitationLink, resetLink]),
            new(AccessTable.JobSeekerLink, null, [personalLink, linkTo.NotForMe(new(person, null), job.Id)]),
            new(Roles.College, collegeUser, []),
            new(Roles.Employer, employerUser, []),
            new(Roles.Adviser, adviser, [linkTo.Referral(asked.Id)]),
            new(Roles.Coach, coach, [
                linkTo.Consent(notConsenting.Id), linkTo.JobSeeker(paused.Id), linkTo.AccessToWorkDecision(applicant.Id), linkTo.PersonalLink(person.Id),
                linkTo.Intern(programme.Id, intern.Id), linkTo.NewRotation(programme.Id, intern.Id), linkTo.NewInternNote(programme.Id, intern.Id),
                linkTo.IntakeReferral(received.Id), linkTo.OpportunitySearchFor(person.Id), linkTo.WithMe(person.Id),
                linkTo.NotForMe(new(person, coach.Id), job.Id), planReview]),
            new(Roles.Admin, admin, [linkTo.FollowUpPlan(council), linkTo.AdminImport(import.Id, refresh: false), linkTo.UserAccess(disabled.Id), linkTo.OutboxEmail(failedEmail.Id)]),
        ];
    }

    /// <summary>A paid job with every step of the posting answered, so its draft opens on the check page.</summary>
    private static PostingAnswers EveryAnswer()
    {
        var answers = new PostingAnswers
        {
            Kind = OpportunityKind.PaidJob, Title = "Warehouse assistant", SocCode = "9223", Description = "Picking and packing orders",
            HoursPerWeek = "16", PayBand = PayBand.Age21AndOver, HourlyPay = "13.00", Skills = ["cleaning"], Adjustments = ["written_instructions"],
            InterviewGuaranteed = true,
        };
        answers.Answered = [.. PostingSteps.For(answers).Select(s => s.Slug)];
        return answers;
    }
}
