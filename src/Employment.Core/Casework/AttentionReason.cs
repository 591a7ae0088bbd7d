namespace Employment.Core.Casework;

/// <summary>Why a person needs their coach's attention, most urgent first.</summary>
public enum AttentionReason
{
    FollowUpOverdue,
    EmployerSaysLeft,
    JobAtRisk,
    JobUnconfirmed,
    FollowUpDueSoon,
    NoContact,
    ReviewDue,
    NoConsent,
}

public static class AttentionReasons
{
    /// <summary>The words for a reason on every page and in the digest, so they cannot drift apart.</summary>
    public static string Label(this AttentionReason reason, int noContactWeeks) => reason switch
    {
        AttentionReason.FollowUpOverdue => "Follow-up overdue",
        AttentionReason.EmployerSaysLeft => "Employer says they left: confirm the end",
        AttentionReason.JobAtRisk => "Job at risk",
        AttentionReason.JobUnconfirmed => $"Job not confirmed for {Placements.UnconfirmedJobs.WeeksPastMilestone} weeks past a milestone",
        AttentionReason.FollowUpDueSoon => "Follow-up due soon",
        AttentionReason.NoContact => $"No contact for {noContactWeeks} weeks",
        AttentionReason.ReviewDue => "Review due",
        AttentionReason.NoConsent => "No consent to share",
        _ => reason.ToString(),
    };

    /// <summary>A GOV.UK tag colour for the reason.</summary>
    public static string TagClass(this AttentionReason reason) => reason switch
    {
        AttentionReason.FollowUpOverdue or AttentionReason.JobAtRisk or AttentionReason.EmployerSaysLeft => "govuk-tag--red",
        AttentionReason.FollowUpDueSoon or AttentionReason.ReviewDue => "govuk-tag--yellow",
        _ => "govuk-tag--orange",
    };
}
