using Employment.Core.Accounts;
using Employment.Core.JobSeekers;
using Employment.Core.Reference;

namespace Employment.Core.Referrals;

/// <summary>
/// Someone referred to a council's supported employment team: by a Jobcentre Plus adviser themselves, or recorded by a
/// job coach for health, social care, a college or the person themselves. The referrer sees its status, never the
/// person's record; accepting it makes the person (<see cref="JobSeekerId"/>).
/// </summary>
public class Referral
{
    public Guid Id { get; set; }

    public ReferralSource Source { get; set; }

    /// <summary>Who made or recorded the referral: the only account, with the council's team, that sees it.</summary>
    public Guid ReferredById { get; set; }
    public AppUser? ReferredBy { get; set; }

    /// <summary>The referrer's organisation or role in their own words (a GP practice, a college), when a coach records it.</summary>
    public string? ReferrerDetails { get; set; }

    /// <summary>The council whose team receives it.</summary>
    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }

    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public string? Postcode { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>How and when the person likes to be contacted, and anything that helps (an easy-read letter, a carer).</summary>
    public string? HowToContact { get; set; }

    /// <summary>What the person wants from the service, in their words or the referrer's.</summary>
    public required string WhatTheyWant { get; set; }

    public bool? HasEhcPlan { get; set; }

    /// <summary>The referrer recorded that the person agreed to their details being shared with the council's team.</summary>
    public bool ConsentToShare { get; set; }

    /// <summary>The key of the form that sent it: sending the same form twice finds the referral it made.</summary>
    public Guid SubmissionKey { get; set; }

    public ReferralStatus Status { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedById { get; set; }
    public string? DeclineReason { get; set; }

    /// <summary>The person made on acceptance: one referral makes at most one person (a unique index).</summary>
    public Guid? JobSeekerId { get; set; }
    public JobSeeker? JobSeeker { get; set; }

    /// <summary>When the identifying details were removed (the person's erasure, or the referral's own).</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: two coaches deciding the same referral at once cannot both succeed.</summary>
    public uint Version { get; set; }

    public List<ReferralEvent> Events { get; set; } = [];

    public string DisplayName => ErasedAt is null ? $"{FirstName} {LastName}".Trim() : "Details removed";

    /// <summary>A short reference the referrer and the team can both quote, naming nobody.</summary>
    public string Reference => "R-" + Id.ToString("N")[..8].ToUpperInvariant();
}

/// <summary>What happened to a referral, and who looked at it: its own audit trail and the questions asked and answered.</summary>
public class ReferralEvent
{
    public long Id { get; set; }
    public Guid ReferralId { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? ByUserId { get; set; }
    public AppUser? ByUser { get; set; }
    public ReferralEventKind Kind { get; set; }

    /// <summary>The question, answer or reason, for those kinds; never set for a view.</summary>
    public string? Text { get; set; }
}
