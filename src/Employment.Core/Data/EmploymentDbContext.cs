using Employment.Core.Accounts;
using Employment.Core.Audit;
using Employment.Core.Contacts;
using Employment.Core.Email;
using Employment.Core.Interchange;
using Employment.Core.Employers;
using Employment.Core.JobSeekers;
using Employment.Core.Matching;
using Employment.Core.Opportunities;
using Employment.Core.Opportunities.Search;
using Employment.Core.Placements;
using Employment.Core.Reference;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Employment.Core.Data;

public class EmploymentDbContext(DbContextOptions<EmploymentDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<LocalAuthority> LocalAuthorities => Set<LocalAuthority>();
    public DbSet<SocUnitGroup> SocUnitGroups => Set<SocUnitGroup>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<Adjustment> Adjustments => Set<Adjustment>();
    public DbSet<PostcodeDistrict> PostcodeDistricts => Set<PostcodeDistrict>();
    public DbSet<JobSeeker> JobSeekers => Set<JobSeeker>();
    public DbSet<Employer> Employers => Set<Employer>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<OpportunityDraft> OpportunityDrafts => Set<OpportunityDraft>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<PlacementEvent> PlacementEvents => Set<PlacementEvent>();
    public DbSet<FollowUp> FollowUps => Set<FollowUp>();
    public DbSet<EmployerSite> EmployerSites => Set<EmployerSite>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<ProfileDraft> ProfileDrafts => Set<ProfileDraft>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<RankerModel> RankerModels => Set<RankerModel>();
    public DbSet<MatchFeedback> MatchFeedback => Set<MatchFeedback>();
    public DbSet<PersonalLink> PersonalLinks => Set<PersonalLink>();
    public DbSet<JobSeekerAnswer> JobSeekerAnswers => Set<JobSeekerAnswer>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<EmploymentCheck> EmploymentChecks => Set<EmploymentCheck>();
    public DbSet<ContactEntry> ContactEntries => Set<ContactEntry>();
    public DbSet<AccessToWork.AccessToWorkApplication> AccessToWorkApplications => Set<AccessToWork.AccessToWorkApplication>();
    public DbSet<FairnessReportRecord> FairnessReports => Set<FairnessReportRecord>();
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();
    public DbSet<OutboxEmailPerson> OutboxEmailPeople => Set<OutboxEmailPerson>();
    public DbSet<AccountEvent> AccountEvents => Set<AccountEvent>();
    public DbSet<PasswordResetRequest> PasswordResetRequests => Set<PasswordResetRequest>();
    public DbSet<ImportRunEvent> ImportRunEvents => Set<ImportRunEvent>();
    public DbSet<ImportUploadChunk> ImportUploadChunks => Set<ImportUploadChunk>();
    public DbSet<Internships.College> Colleges => Set<Internships.College>();
    public DbSet<Internships.InternshipProgramme> InternshipProgrammes => Set<Internships.InternshipProgramme>();
    public DbSet<Internships.Intern> Interns => Set<Internships.Intern>();
    public DbSet<Internships.InternRotation> InternRotations => Set<Internships.InternRotation>();
    public DbSet<Internships.InternNote> InternNotes => Set<Internships.InternNote>();
    public DbSet<Referrals.Referral> Referrals => Set<Referrals.Referral>();
    public DbSet<Referrals.ReferralEvent> ReferralEvents => Set<Referrals.ReferralEvent>();

    /// <summary>The site's shared key ring, each key encrypted with the key from configuration (decision 0051).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<TravelMode>().HaveConversion<SnakeCaseEnumConverter<TravelMode>>().HaveMaxLength(32);
        configurationBuilder.Properties<OpportunityKind>().HaveConversion<SnakeCaseEnumConverter<OpportunityKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<DisabilityConfidentLevel>().HaveConversion<SnakeCaseEnumConverter<DisabilityConfidentLevel>>().HaveMaxLength(32);
        configurationBuilder.Properties<ApprovalStatus>().HaveConversion<SnakeCaseEnumConverter<ApprovalStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<PlacementEventType>().HaveConversion<SnakeCaseEnumConverter<PlacementEventType>>().HaveMaxLength(32);
        configurationBuilder.Properties<PayBand>().HaveConversion<SnakeCaseEnumConverter<PayBand>>().HaveMaxLength(32);
        configurationBuilder.Properties<FollowUpKind>().HaveConversion<SnakeCaseEnumConverter<FollowUpKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<AnswerKind>().HaveConversion<SnakeCaseEnumConverter<AnswerKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<NotForMeReason>().HaveConversion<SnakeCaseEnumConverter<NotForMeReason>>().HaveMaxLength(32);
        configurationBuilder.Properties<OutboxStatus>().HaveConversion<SnakeCaseEnumConverter<OutboxStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<ContactKind>().HaveConversion<SnakeCaseEnumConverter<ContactKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<ContactOutcome>().HaveConversion<SnakeCaseEnumConverter<ContactOutcome>>().HaveMaxLength(32);
        configurationBuilder.Properties<EmploymentCheckSource>().HaveConversion<SnakeCaseEnumConverter<EmploymentCheckSource>>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EmploymentDbContext).Assembly);
        builder.HasDbFunction(typeof(Nearness).GetMethod(nameof(Nearness.Distance))!).HasName("nearness");

        // Identity names its tables explicitly (AspNetUsers), which the naming convention leaves alone.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.GetTableName()?.StartsWith("AspNet", StringComparison.Ordinal) == true))
        {
            entity.SetTableName(SnakeCase.ToSnakeCase(entity.GetTableName()!));
        }
    }
}
