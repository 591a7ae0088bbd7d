namespace Employment.Core.Casework;

/// <summary>Why a person needs their coach's attention, most urgent first.</summary>
public enum AttentionReason
{
    FollowUpOverdue,
    JobAtRisk,
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
        AttentionReason.JobAtRisk => "Job at risk",
        AttentionReason.FollowUpDueSoon => "Follow-up due soon",
        AttentionReason.NoContact => $"No contact for {noContactWeeks} weeks",
        AttentionReason.ReviewDue => "Review due",
        AttentionReason.NoConsent => "No consent to share",
        _ => reason.ToString(),
    };

    /// <summary>A GOV.UK tag colour for the reason.</summary>
    public static string TagClass(this AttentionReason reason) => reason switch
    {
        AttentionReason.FollowUpOverdue or AttentionReason.JobAtRisk => "govuk-tag--red",
        AttentionReason.FollowUpDueSoon or AttentionReason.ReviewDue => "govuk-tag--yellow",
        _ => "govuk-tag--orange",
    };
}
