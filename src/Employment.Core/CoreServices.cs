using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Casework;
using Employment.Core.Contacts;
using Employment.Core.EhcPlans;
using Employment.Core.Email;
using Employment.Core.Employers;
using Employment.Core.Interchange;
using Employment.Core.JobSeekers;
using Employment.Core.Opportunities;
using Employment.Core.Opportunities.Search;
using Employment.Core.Placements;
using Employment.Core.Reference;
using Employment.Core.Reference.Occupations;
using Employment.Core.Statistics;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Core;

public static class CoreServices
{
    /// <summary>Core's services, the write services among them (decision 0034): one named service per thing a user changes.</summary>
    public static IServiceCollection AddEmploymentServices(this IServiceCollection services) => services
        .AddScoped<ReferenceDataLoader>()
        .AddScoped<PostcodeLocator>()
        .AddSingleton<IOccupationFinder, RankedOccupationFinder>()
        .AddSingleton<EhcPlanReader>()
        .AddScoped<EhcPlans.Review.PlanReviewService>()
        .AddScoped<EhcPlans.Review.CareersReviewDocument>()
        .AddScoped<AuditLog>()
        .AddScoped<SubjectAccess>()
        .AddScoped<Erasure>()
        .AddScoped<InvitationService>()
        .AddScoped<LockoutService>()
        .AddScoped<UserCouncilService>()
        .AddScoped<AccountAccessService>()
        .AddScoped<PasswordService>()
        .AddScoped<OutboxRetention>()
        .AddScoped<PlacementRecorder>()
        .AddScoped<EmployerActivity>()
        .AddScoped<MeetRequestService>()
        .AddScoped<PersonReferences>()
        .AddScoped<TeamContacts>()
        .AddScoped<ContactDetailsService>()
        .AddScoped<CheckInRecorder>()
        .AddScoped<ContactLogService>()
        .AddScoped<AccessToWork.AccessToWorkService>()
        .AddScoped<AccessToWork.AccessToWorkFigures>()
        .AddScoped<Internships.InternshipProgrammeService>()
        .AddScoped<Internships.InternshipConversion>()
        .AddScoped<EmploymentCheckService>()
        .AddScoped<FollowUpPlanService>()
        .AddScoped<OutboxService>()
        .AddScoped<ImportRunService>()
        .AddScoped<ImportUploads>()
        .AddScoped<InterruptedImports>()
        .AddScoped<DatasetImporter>()
        .AddScoped<Dashboard>()
        .AddScoped<StatisticsSnapshotBuilder>()
        .AddScoped<Employment.Core.Statistics.Costs.FurtherEducationCostsService>()
        .AddScoped<ApprovalService>()
        .AddScoped<EmployerRegistrationService>()
        .AddScoped<OpportunityService>()
        .AddScoped<OpportunityDraftService>()
        .AddScoped<OrganisationService>()
        .AddScoped<ConsentService>()
        .AddScoped<JobSeekerRecordService>()
        .AddScoped<CoachAssignmentService>()
        .AddScoped<PersonalLinkService>()
        .AddScoped<JobSeekerAnswerService>()
        .AddScoped<CareersProfileService>()
        .AddScoped<NeedsAttention>()
        .AddScoped<OpportunitySearch>()
        .AddScoped<SavedSearchService>()
        .AddScoped<Referrals.ReferralService>()
        .AddScoped<Referrals.ReferralFigures>();
}
