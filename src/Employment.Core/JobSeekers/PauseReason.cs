namespace Employment.Core.JobSeekers;

/// <summary>Why a person has stopped looking for work for now.</summary>
public enum PauseReason
{
    Health,
    CollegeOrTraining,
    FamilyOrCaring,
    NotReadyYet,
    MovedAway,
    Other,
}

public static class PauseReasons
{
    public const int OtherMaxLength = 200;

    public static string Label(this PauseReason reason) => reason switch
    {
        PauseReason.Health => "Health or wellbeing",
        PauseReason.CollegeOrTraining => "At college or in training",
        PauseReason.FamilyOrCaring => "Family or caring responsibilities",
        PauseReason.NotReadyYet => "Not ready to look for work yet",
        PauseReason.MovedAway => "Moved away or out of contact",
        PauseReason.Other => "Another reason",
        _ => reason.ToString(),
    };

    /// <summary>The reason in words for the record and the caseload: the coach's own words for "another reason".</summary>
    public static string Describe(PauseReason? reason, string? other) =>
        reason is null ? "No reason recorded" : reason == PauseReason.Other && !string.IsNullOrWhiteSpace(other) ? other : reason.Value.Label();
}
