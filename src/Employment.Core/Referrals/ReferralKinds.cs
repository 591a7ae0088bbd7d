namespace Employment.Core.Referrals;

public enum ReferralSource
{
    JobcentrePlus,
    Health,
    SocialCare,
    College,
    SelfReferral,
}

public enum ReferralStatus
{
    Received,
    MoreInformationAsked,
    Accepted,
    Declined,
}

public enum ReferralEventKind
{
    Received,
    Viewed,
    QuestionAsked,
    Answered,
    Accepted,
    Declined,
    Erased,
}

public static class ReferralLabels
{
    /// <summary>The sources a coach records for someone else; Jobcentre Plus advisers refer for themselves.</summary>
    public static readonly IReadOnlyList<ReferralSource> RecordedByCoach = [ReferralSource.Health, ReferralSource.SocialCare, ReferralSource.College, ReferralSource.SelfReferral, ReferralSource.JobcentrePlus];

    public static string Label(this ReferralSource source) => source switch
    {
        ReferralSource.JobcentrePlus => "Jobcentre Plus",
        ReferralSource.Health => "Health",
        ReferralSource.SocialCare => "Social care",
        ReferralSource.College => "College",
        ReferralSource.SelfReferral => "Self-referral",
        _ => source.ToString(),
    };

    public static string Label(this ReferralStatus status) => status switch
    {
        ReferralStatus.Received => "Waiting for the team",
        ReferralStatus.MoreInformationAsked => "More information asked for",
        ReferralStatus.Accepted => "Accepted",
        ReferralStatus.Declined => "Declined",
        _ => status.ToString(),
    };

    public static string Label(this ReferralEventKind kind) => kind switch
    {
        ReferralEventKind.Received => "Referral received",
        ReferralEventKind.Viewed => "Viewed",
        ReferralEventKind.QuestionAsked => "The team asked",
        ReferralEventKind.Answered => "The referrer answered",
        ReferralEventKind.Accepted => "Accepted",
        ReferralEventKind.Declined => "Declined",
        ReferralEventKind.Erased => "Identifying details removed",
        _ => kind.ToString(),
    };

    public static bool IsOpen(this ReferralStatus status) => status is ReferralStatus.Received or ReferralStatus.MoreInformationAsked;
}
