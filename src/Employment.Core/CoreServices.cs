using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.JobSeekers;
using Employment.Core.Placements;
using Employment.Core.Reference;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Core;

public static class CoreServices
{
    /// <summary>Core's services, the write services among them (decision 0034): one named service per thing a user changes.</summary>
    public static IServiceCollection AddEmploymentServices(this IServiceCollection services) => services
        .AddScoped<ReferenceDataLoader>()
        .AddScoped<PostcodeLocator>()
        .AddScoped<AuditLog>()
        .AddScoped<SubjectAccess>()
        .AddScoped<Erasure>()
        .AddScoped<InvitationService>()
        .AddScoped<ConsentService>()
        .AddScoped<JobSeekerRecordService>()
        .AddScoped<PersonalLinkService>()
        .AddScoped<JobSeekerAnswerService>()
        .AddScoped<CareersProfileService>()
        .AddScoped<PlacementRecorder>();
}
