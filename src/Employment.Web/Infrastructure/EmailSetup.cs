using Employment.Web.Features.Email;
using Employment.Web.Features.Milestones;
using Microsoft.Extensions.Options;

namespace Employment.Web.Infrastructure;

public static class EmailSetup
{
    /// <summary>Email settings (checked at start), the outbox sender and the scheduled emails with their digest sections.</summary>
    public static void AddEmploymentEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidation>();
        builder.Services.AddSingleton<MilestoneLinks>();
        builder.Services.AddScoped<Recipients>();
        builder.Services.AddScoped<WeeklyFiguresQuery>();
        builder.Services.AddScoped<IDigestSection, FollowUpsDigestSection>();
        builder.Services.AddScoped<IDigestSection, AnswersDigestSection>();
        builder.Services.AddScoped<IDigestSection, EmployerAnswersDigestSection>();
        builder.Services.AddScoped<IDigestSection, NeedsAttentionDigestSection>();
        builder.Services.AddOptions<Core.Casework.AttentionOptions>().BindConfiguration(Core.Casework.AttentionOptions.Section)
            .Validate(o => o.NoContactWeeks is >= 1 and <= 52, "Attention:NoContactWeeks must be between 1 and 52").ValidateOnStart();
        builder.Services.AddScoped<IDigestSection, SavedSearchesDigestSection>();
        builder.Services.AddTransient<SendOutboxJob>();
        builder.Services.AddTransient<DailyDigestJob>();
        builder.Services.AddTransient<MilestoneEmailsJob>();
        builder.Services.AddTransient<DcRemindersJob>();
        builder.Services.AddTransient<Features.JobSeekers.AccessToWork.RenewalRemindersJob>();
        builder.Services.AddTransient<WeeklySummaryJob>();
    }
}
