using Employment.Core.Accounts;
using Employment.Core.Opportunities;
using Employment.Core.Placements;
using Employment.Core.Reference;

namespace Employment.Core.JobSeekers;

/// <summary>A job seeker and their careers profile, taken from their EHC plan where they have one.</summary>
public class JobSeeker
{
    public Guid Id { get; set; }

    /// <summary>The id this person has in the council's own system, when imported.</summary>
    public string? SourceId { get; set; }

    public Guid? CoachId { get; set; }
    public AppUser? Coach { get; set; }

    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public DateOnly DateOfBirth { get; set; }

    public string? HomePostcode { get; set; }
    public double HomeLatitude { get; set; }
    public double HomeLongitude { get; set; }

    public int LocalAuthorityId { get; set; }
    public LocalAuthority? LocalAuthority { get; set; }

    public bool HasEhcPlan { get; set; }

    /// <summary>
    /// Receives long-term support from council adult social care with learning disability as the primary support
    /// reason: who ASCOF 1E counts, with the 18 to 64 age band (decision 0060).
    /// </summary>
    public bool LongTermSupportForLearningDisability { get; set; }
    /// <summary>When the EHC plan in force was issued, as read from it and confirmed by the coach (decision 0044).</summary>
    public DateOnly? EhcPlanIssuedOn { get; set; }

    /// <summary>The plan's next annual review: "review due" from 8 weeks before (<see cref="Casework.NeedsAttention"/>).</summary>
    public DateOnly? EhcNextReviewOn { get; set; }

    /// <summary>In the person's own words (EHC plan section A).</summary>
    public string? Aspirations { get; set; }

    /// <summary>SOC 2020 unit group codes, most wanted first.</summary>
    public List<string> Interests { get; set; } = [];

    public List<string> Skills { get; set; } = [];

    /// <summary>Adjustment tags the person needs at work (EHC plan sections B and F).</summary>
    public List<string> SupportNeeds { get; set; } = [];

    public TravelMode TravelMode { get; set; }
    public int TravelMaxMinutes { get; set; }
    public bool TravelTrainingNeeded { get; set; }

    public decimal HoursMin { get; set; }
    public decimal HoursMax { get; set; }

    /// <summary>Kinds of opportunity the person wants; empty means any.</summary>
    public List<OpportunityKind> PreferredKinds { get; set; } = [];

    public bool ConsentToShare { get; set; }
    public DateTimeOffset? ConsentRecordedAt { get; set; }
    public Guid? ConsentRecordedById { get; set; }
    public string? ConsentExplainedHow { get; set; }

    public DateOnly? PausedOn { get; set; }

    /// <summary>Why the search for work is paused; set with <see cref="PausedOn"/> and cleared with it.</summary>
    public PauseReason? PauseReason { get; set; }

    /// <summary>The coach's own words when the reason is <see cref="JobSeekers.PauseReason.Other"/>.</summary>
    public string? PauseReasonOther { get; set; }

    /// <summary>When the coach means to look at the pause again (a "review due" reason in <see cref="Casework.NeedsAttention"/>).</summary>
    public DateOnly? LookAgainOn { get; set; }

    /// <summary>When the person's identifying data was removed at their request; the record stays for statistics.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public List<ConsentRecord> ConsentHistory { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<Placement> Placements { get; set; } = [];

    /// <summary>Imported records carry no names (the interchange format has none), so they go by their source id.</summary>
    public string DisplayName => NameFor(FirstName, LastName, SourceId, Id);

    public static string NameFor(string firstName, string lastName, string? sourceId, Guid id) =>
        string.IsNullOrWhiteSpace(firstName) && string.IsNullOrWhiteSpace(lastName) ? $"Person {sourceId ?? id.ToString("N")[..8]}" : $"{firstName} {lastName}".Trim();

    public int AgeOn(DateOnly day) => Age.On(DateOfBirth, day);
}
